# Basic try/except catching builtin exceptions.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "div by zero"

print(safe_div(10, 4), safe_div(1, 0), safe_div(1.5, 0.0))

try:
    print("before")
    x = [1, 2][5]
    print("not reached")
except IndexError as e:
    print("IndexError:", e)

try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError str:", str(e), "repr:", repr(e))

try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)

try:
    undefined_name
except NameError as e:
    print("NameError:", e)

try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)

try:
    raise RuntimeError("custom message")
except RuntimeError as e:
    print("caught", repr(e))
print("end")
