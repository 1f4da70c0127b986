# Messages of builtin errors raised by the runtime.
def show(label, e):
    print(label, "->", e)

try:
    1 / 0
except ZeroDivisionError as e:
    show("int /", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    show("float /", e)
try:
    5 // 0
except ZeroDivisionError as e:
    show("int //", e)
try:
    5 % 0
except ZeroDivisionError as e:
    show("int %", e)
try:
    [1, 2, 3][3]
except IndexError as e:
    show("list index", e)
try:
    "abc"[10]
except IndexError as e:
    show("str index", e)
try:
    (1,)[2]
except IndexError as e:
    show("tuple index", e)
try:
    [].pop()
except IndexError as e:
    show("pop", e)
try:
    [1].index(9)
except ValueError as e:
    show("index", e)
try:
    int("x1")
except ValueError as e:
    show("int()", e)
try:
    float("abc")
except ValueError as e:
    show("float()", e)
try:
    1 < "a"
except TypeError as e:
    show("compare", e)
try:
    "a" + 1
except TypeError as e:
    show("str concat", e)
try:
    None + 1
except TypeError as e:
    show("none add", e)
try:
    len(5)
except TypeError as e:
    show("len", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    show("unpack many", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    show("unpack few", e)
