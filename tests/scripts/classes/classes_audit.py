class Vec:
    """A 2D vector."""
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Vec.count += 1
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __str__(self): return f"<{self.x},{self.y}>"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, s): return Vec(self.x * s, self.y)
    @property
    def norm1(self): return abs(self.x) + abs(self.y)
    @classmethod
    def zero(cls): return cls(0, 0)
    @staticmethod
    def dot(a, b): return a.x * b.x + a.y * b.y
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, repr(a * 2), 3 * a, sum([a, b]), a == Vec(1, 2), a != b, sorted([b, a]), max(a, b))
print(len(a), a[1], list(a), bool(Vec(0, 0)), -a, abs(b), 2 in a, a(10), a.norm1, Vec.zero(), Vec.dot(a, b), Vec.count)
print(str(a), f"{a!r} {a}", Vec.__doc__, Vec.__name__, type(a).__name__, a.__class__ is Vec, isinstance(a, Vec), a.__dict__)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 1
except AttributeError as e:
    print(e)
class Base:
    def __init__(self): self.trace = ["Base"]
    def who(self): return "base"
class Left(Base):
    def __init__(self): super().__init__(); self.trace.append("Left")
    def who(self): return "left>" + super().who()
class Right(Base):
    def __init__(self): super().__init__(); self.trace.append("Right")
    def who(self): return "right>" + super().who()
class Diamond(Left, Right):
    def __init__(self): super().__init__(); self.trace.append("Diamond")
d = Diamond()
print(d.trace, d.who(), [c.__name__ for c in Diamond.__mro__], Diamond.__bases__, issubclass(Diamond, Base), isinstance(d, Right))
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
t = Temp(); t.c = 25; print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(e)
del t.c; print(t.c)
class Dyn:
    def __getattr__(self, n): return f"dyn_{n}"
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
dd = Dyn(); dd.v = 5; print(dd.v, dd.missing, getattr(dd, "other"), hasattr(dd, "x"))
class Slotted:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(Slotted().a)
class Cnt:
    def __init__(self): self.items = {}
    def __setitem__(self, k, v): self.items[k] = v
    def __getitem__(self, k): return self.items[k]
    def __delitem__(self, k): del self.items[k]
c = Cnt(); c["a"] = 1; print(c["a"]); del c["a"]; print(c.items)
o = object(); print(type(o).__name__, hasattr(o, "x"), vars(t), dir(t)[-3:])
print(Vec.__qualname__, Vec.__module__, a.__module__ if hasattr(a, "__module__") else "", type(Vec).__name__, type(type))
setattr(a, "z", 9); print(getattr(a, "z"), getattr(a, "nope", "dflt")); delattr(a, "z"); print(hasattr(a, "z"))
class Eq:
    def __eq__(self, o): return True
try:
    hash(Eq())
except TypeError as e:
    print(e)
print(Eq() == 1, Eq() != 1)
