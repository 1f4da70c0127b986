# Errors around classes carry CPython's messages.
class A:
    def __init__(self, x):
        self.x = x

for make in (lambda: A(), lambda: A(1, 2), lambda: A(x=1, y=2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

class ReturnsValue:
    def __init__(self):
        return 5
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)

class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

a = A(3)
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.nope
except AttributeError as e:
    print("AttributeError:", e)
print(a.x, A.__name__, type(a).__name__, isinstance(a, A), isinstance(a, X))
class WithClassAttr:
    n = 0
    def bump(self):
        self.n += 1
        return self.n
w = WithClassAttr()
print(w.bump(), w.bump(), WithClassAttr.n, w.n)
