e = StopIteration(5)
print(e.value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, SystemExit("bye").code)
print(KeyError("k").args, ImportError("m").name, ImportError("m").msg, ImportError("m").path, ImportError("a", "b").msg)
try:
    import no_such_module_zz
except ImportError as err:
    print(err.name, repr(err.msg))
def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as s:
    print("stop", s.value, s.args)
e = ValueError("a", "b")
print(str(e), repr(e))
e.args = ("changed",)
print(str(e), repr(e), e.args)
e.args = [1, 2]
print(str(e), repr(e), e.args)
e.args = ()
print(repr(str(e)), repr(e))
k = KeyError("x")
k.args = ("y",)
print(str(k), repr(k))
class MyErr(Exception):
    pass
m = MyErr(1)
m.args = (2, 3)
print(str(m), repr(m), m.args)
try:
    e.args = 5
except TypeError as t:
    print("TypeError", t)
s = StopIteration(7)
s.value = 8
print(s.value, s.args)
x = SystemExit(4)
x.code = 9
print(x.code, x.args)
