# Rich comparisons: reflection, NotImplemented fallbacks, identity default, errors.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        print(f"  {self!r}.__eq__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        print(f"  {self!r}.__lt__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts

a, b = Version(1, 2), Version(1, 10)
print(a == b, a != b)
print(a < b)
print(a > b)
print(b >= a)
print(a == Version(1, 2), a == "1.2")
print(sorted([Version(2), Version(1, 5), Version(1)]))
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is not q)
def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)
attempt("p < q", lambda: p < q)
attempt("a < 3", lambda: a < 3)
attempt("3 >= a", lambda: 3 >= a)
attempt("p <= 1", lambda: p <= 1)
class Always:
    def __eq__(self, other):
        return True
    def __gt__(self, other):
        return "gt result"
print(Always() == 5, 5 == Always(), Always() != 5)
print(3 < Always(), Always() > 0)
print(Always() in [1, 2], Always() not in [])
class Ordered:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"O{self.k}"
items = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(items), min(items), max(items))
print(Ordered(1) > Ordered(0))
