import math
x = 5
g = globals()
print(type(g).__name__, g["x"], "math" in g, g["__name__"])
g["newname"] = 7
print(newname)
def f():
    return globals() is g
print(f())
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self):
        pass
p = P()
print(vars(p))
vars(p)["c"] = 3
print(p.c)
print(vars(math)["pi"], "sqrt" in vars(math))
print(dir(p))
print([n for n in dir(P) if not n.startswith("__")])
print(dir(P) == sorted(dir(P)))
class Q(P):
    q = 2
print([n for n in dir(Q()) if not n.startswith("__")])
print(dir(P))
print(dir(Q()))
print("sqrt" in dir(math), dir(math) == sorted(dir(math)))
delattr(p, "a")
print(vars(p), hasattr(p, "a"))
try:
    delattr(p, "zz")
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
try:
    vars(p, 1)
except TypeError as e:
    print("TypeError", e)
print(ascii("héllo ☃ \U0001f600"), ascii(["é", 1]), ascii(5))
print(..., Ellipsis, type(...).__name__, ... is Ellipsis)
def h():
    ...
print(h())
print(repr(...))
try:
    delattr(P, "cls_attr")
    print(hasattr(P, "cls_attr"))
except Exception as e:
    print(type(e), e)
try:
    delattr(5, "x")
except AttributeError as e:
    print("AttributeError", e)
def loc(a, b=2):
    c = a + b
    def inner():
        return c
    print(sorted(locals()), locals()["c"])
    print(sorted(vars()))
    print(dir())
    return inner
loc(1)
class Body:
    x = 1
    y = sorted(locals())
print(Body.y)
top = sorted(k for k in vars() if not k.startswith("__"))
print(top)
print("loc" in dir(), dir() == sorted(globals()))
import math as m2
print(vars(m2) is vars(m2), m2.__dict__ is vars(m2) if hasattr(m2, "__dict__") else True)
print(vars(Q)["q"])
