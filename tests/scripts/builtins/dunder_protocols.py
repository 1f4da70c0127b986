# Builtins that dispatch to dunder methods of user classes.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec(" + ", ".join(map(repr, self.xs)) + ")"
    def __str__(self):
        return "<" + " ".join(map(str, self.xs)) + ">"
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __add__(self, other):
        if isinstance(other, int):
            return Vec(*[x + other for x in self.xs])
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __radd__(self, other):
        return self + other
    def norm2(self):
        return sum(x * x for x in self.xs)
    def __lt__(self, other):
        return self.norm2() < other.norm2()
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __contains__(self, v):
        return v in self.xs
    def __bool__(self):
        return any(self.xs)
v = Vec(3, 4)
print(v, repr(v), str(v), [v], f"{v}", f"{v!r}", len(v), v.norm2(), v[0], v[-1])
print(list(v), tuple(v), 3 in v, 5 in v, sorted(Vec(2, 1)), max(v), min(v))
print(sum([Vec(1, 1), Vec(2, 2)]), sum([Vec(1, 0)], Vec(0, 5)), v + 1, 1 + v)
print(sorted([Vec(5, 5), Vec(1, 0), Vec(2, 2)]), min(Vec(3, 3), Vec(1, 1)), max([Vec(0, 1), Vec(0, 2)]))
print(bool(Vec(0, 0)), bool(v), Vec(1) == Vec(1), Vec(1) != Vec(2), Vec(1) == 1)
a, b = v
print(a, b, [x * 2 for x in v], dict(zip(v, "ab")), list(enumerate(v)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(5)), sorted(Countdown(4)), max(Countdown(3)), any(Countdown(1)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"), list(zip(Countdown(2), "xyz")))
print(list(map(str, Countdown(3))), list(filter(None, Countdown(3))), "-".join(map(str, Countdown(4))))
