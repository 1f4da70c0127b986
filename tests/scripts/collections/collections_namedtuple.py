from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], p[:1], p[::-1], len(p))
print(Point(x=3, y=4), Point(5, y=6), Point(y=8, x=7))
x, y = p
print(x, y, list(p), tuple(p), [v * 10 for v in p], 2 in p, 5 in p)
print(p == (1, 2), (1, 2) == p, p == Point(1, 2), p != Point(2, 1), p == [1, 2])
print(p < Point(1, 3), p < (2,), p <= (1, 2), p > (0, 9), (1, 1) < p, p >= Point(1, 2))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(p + (3,), (0,) + p, p * 2, 2 * p, p + Point(5, 6))
print(p.count(1), p.index(2), p._fields, Point._fields, Point._field_defaults)
print(p._asdict(), p._replace(x=10), p._replace(), p, Point._make([7, 8]), Point._make(range(2)))
print(Point.__name__, Point.__doc__, Point)
P3 = namedtuple("P3", "x y z")
print(P3(1, 2, 3), P3._fields, namedtuple("Comma", "a, b,c")(1, 2, 3))
Emp = namedtuple("Emp", "name age role", defaults=["staff"])
print(Emp("ann", 30), Emp("bob", 40, "boss"), Emp._field_defaults, Emp(age=1, name="c"))
D = namedtuple("D", "a b", defaults=(1, 2))
print(D(), D(5), D(b=9), D._field_defaults)
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x", "9"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
E = namedtuple("E", "")
print(E(), len(E()), E._fields, bool(E()), bool(p))
Pair = namedtuple("Pair", ("left", "right"))
nested = Pair(Point(0, 0), Pair("a", [1, 2]))
print(nested, nested.right.right, nested[0].x)
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2(), v + Vec(1, 1), v._replace(y=0), Vec._make([1, 2]), v == (3, 4), type(v).__name__)
records = [Emp("z", 3), Emp("a", 9), Emp("m", 1)]
print(sorted(records, key=lambda e: e.age))
print([e.name for e in sorted(records)])
for name, age, role in records:
    print(name, age, role)
counts = {}
for pt in [Point(1, 2), Point(1, 2), Point(3, 4)]:
    key = tuple(pt)
    counts[key] = counts.get(key, 0) + 1
print(counts)
print(isinstance(p, Point), isinstance(v, Vec), getattr(p, "x"), hasattr(p, "z"))
print(f"{p.x}-{p.y}", "{0.x}/{0.y}".format(p) if False else "skip", Point(x=[1], y={"k": "v"}))
