class A:
    def __init__(self):
        print("A init")
        super().__init__()
class B:
    def __init__(self):
        print("B init")
        super().__init__()
class C(A, B):
    def __init__(self):
        print("C init")
        super().__init__()
C()
class P:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __repr__(self):
        return "P(" + super().__repr__()[:3] + ")"
    def __eq__(self, o):
        return super().__eq__(o)
p = P(3)
print(p.x, repr(p), p == p, p == P(3))
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError("frozen")
print(callable(C), callable(C()), callable(len), callable(3))
class Cl:
    def __call__(self): return 1
print(callable(Cl()))
try:
    object.__init__(p, 1)
except TypeError as e:
    print(e)
class Frozen2:
    def __init__(self, a):
        object.__setattr__(self, "a", a)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
f = Frozen2(1)
print(f.a)
try:
    f.a = 2
except AttributeError as e:
    print(e)
class Log:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v * 2)
l = Log(); l.x = 5; print(l.x); setattr(l, "y", 1); print(l.y)
