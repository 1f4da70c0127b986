# A small immutable 2-D vector type exercising many dunders together.
class Vec:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __ne__(self, o):
        return not self == o
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self):
        return bool(self.x or self.y)
    def __lt__(self, o):
        return self * self < o * o

a, b = Vec(3, 4), Vec(1, -2)
print(a, repr(b), [a, b])
print(a + b, a - b, -a, a * 2, 2 * a, a / 2)
print(a * b, a @ b, b @ a)
print(a == Vec(3, 4), a != Vec(3, 4), a == (3, 4), a != "x")
print(len(a), a[0], a[-1], list(a), tuple(b), dict(x=a[0]))
x, y = a
print(x, y, sum(a), max(b), 4 in a)
print(bool(Vec()), bool(a), Vec() or "zero vector")
print(sorted([a, b, Vec(0, 1)]), min(a, b), max(a, b))
total = Vec()
for v in [a, b, Vec(10, 10)]:
    total += v
print(total)
pts = [Vec(i, i * i) for i in range(4)]
print([str(p) for p in pts if p[1] > 1])
print(f"{a} and {b!r}")
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a[2]
except IndexError as e:
    print("IndexError:", e)
