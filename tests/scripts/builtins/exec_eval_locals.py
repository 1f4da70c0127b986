g = {"y": 2}
l = {}
exec("x = y + 1\ndef f():\n    return y * 10\nz = f()", g, l)
print(sorted(l), "x" in g, l["z"])
print(eval("x * y", g, l))
print(eval("x", {}, {"x": 9}))
exec("global q\nq = 5", g, l)
print(g["q"], "q" in l)
def f():
    a = 5
    b = [1, 2]
    print(eval("a + len(b)"))
    exec("a = 100")
    print(a)
    ns = {"a": 7}
    exec("c = a * 2", globals(), ns)
    print(sorted(ns.items()))
f()
class K:
    v = 3
    w = eval("v + 1")
print(K.w)
src = "total = 0\nfor i in range(5):\n    total += i\n"
d = {}
exec(src, d)
print(d["total"])
try:
    eval("undefined_name")
except NameError as e:
    print(e)
try:
    exec("1 +", {})
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("x = 1", [])
except TypeError as e:
    print(e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(e)
exec("del y", g)
print("y" in g)
print(eval("__name__"), eval("__name__", {}))
