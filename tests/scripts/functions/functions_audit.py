def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 3, "z": 0}))
def pos(a, b, /, c, *, d): return a + b + c + d
print(pos(1, 2, c=3, d=4), pos(1, 2, 3, d=4))
def dflt(x=[]):
    x.append(1)
    return x
print(dflt(), dflt(), dflt([0]))
for call in ["f()", "f(1)", "f(1, c=1, a=2)", "pos(a=1, b=2, c=3, d=4)", "pos(1, 2, 3, 4)", "f(1, c=1, **{'c': 2})", "dflt(1, 2)", "(lambda: 0)(1)", "len()", "len(1, 2)", "int(x=1)", "abs()", "f(1, 2, c=3, **{1: 2})"]:
    try:
        print(eval(call))
    except TypeError as ex:
        print("TypeError", ex)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = outer(); i(); print(i(), outer()())
G = 1
def setg():
    global G
    G += 1
setg(); print(G)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name):
    """Say hello."""
    return "hi " + name
print(hello("x"), hello.__name__)
def documented():
    """Doc line."""
print(documented.__doc__, f.__name__, (lambda: 0).__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount if hasattr(f, "__code__") else "nocode")
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), (lambda *a, **k: (a, k))(1, x=2), [(lambda x=i: x)() for i in range(3)])
if (n := 10) > 5: print("walrus", n)
print([y for x in range(5) if (y := x * 2) > 4], (a := 1, b := 2))
x = 5; x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 7; x <<= 2; x >>= 1; x |= 1; x &= 7; x ^= 2; print(x)
class O: pass
o = O(); o.v = 1; o.v += 5; lst = [1]; lst[0] += 1; dd = {"k": 1}; dd["k"] *= 10; print(o.v, lst, dd)
a = b = c = 7; print(a, b, c, "yes" if a else "no", 1 if 0 else 2 if 0 else 3)
assert True, "never"
try:
    assert 1 == 2, "custom msg"
except AssertionError as ex:
    print("AssertionError", ex, ex.args)
try:
    assert False
except AssertionError as ex:
    print(repr(ex))
del a
try:
    print(a)
except NameError as ex:
    print(ex)
for i in range(3):
    if i == 5: break
else:
    print("for-else")
w = 0
while w < 2:
    w += 1
else:
    print("while-else", w)
def gen_default(a, b=None, *, key=lambda v: v): return key(a)
print(gen_default(3, key=lambda v: -v), gen_default.__name__)
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(25))
