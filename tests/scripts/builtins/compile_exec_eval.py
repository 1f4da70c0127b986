c = compile("a = 5\nb = a * 2\n", "<cfg>", "exec")
print(type(c).__name__)
ns = {}
exec(c, ns)
print(ns["a"], ns["b"])
e = compile("a + b", "<expr>", "eval")
print(eval(e, ns))
print(eval(e, {"a": 1, "b": 2}))
print(exec(e, ns))
print(eval(compile("x = 1", "f", "exec"), {}))
s = compile("40 + 2", "<single>", "single")
exec(s)
exec(compile("None", "<single>", "single"))
exec(compile("'hi'", "<single>", "single"))
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as err:
    print("SyntaxError", err)
try:
    compile("x = 1", "<bad>", "eval")
except SyntaxError as err:
    print("SyntaxError", err)
try:
    compile("1", "f", "nope")
except ValueError as err:
    print("ValueError", err)
try:
    compile("a = 1\nb = 2", "<s>", "single")
except SyntaxError as err:
    print("SyntaxError", err)
try:
    compile(5, "f", "exec")
except TypeError as err:
    print("TypeError", err)
try:
    compile("1")
except TypeError as err:
    print("TypeError", err)
code = compile(source="def f(n):\n    return n * 3\n", filename="<defs>", mode="exec")
g = {}
exec(code, g)
print(g["f"](4))
def run():
    return eval("1 + 1")
print(run())
import sys
try:
    exec(compile("1/0", "<zz>", "exec"))
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
print(eval("[x * x for x in range(4)]"))
print(eval("len(s)", {"s": "abc"}))
x = 10
print(eval("x + 1"))
exec("x = 20")
print(x)
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
