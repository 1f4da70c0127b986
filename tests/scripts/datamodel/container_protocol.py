# __len__, __getitem__, __setitem__, __delitem__, __contains__ on a user container.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (x, y), not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self._check(key)
        print("set", key, "=", value)
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        print("del", key)
        self.cells.pop(key, None)
    def __contains__(self, value):
        return value in self.cells.values()
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))

g = Grid(4, 2)
print(len(g), bool(g))
g[0, 0] = "#"
g[3, 1] = "@"
g[1, 0] = "#"
print(g.render())
print("@" in g, "?" in g, "?" not in g)
del g[1, 0]
print(g[1, 0], g[0, 0])
for bad in [(9, 9), 5, (1,)]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
g[2, 1] = "x"
g[2, 1] += "y"
print(g[2, 1])
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(6)
print(s[2], s[-1], s[-6])
print([s[i] for i in range(len(s))], len(s))
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty(), len(Empty()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class NoItems:
    pass
try:
    NoItems()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoItems()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(NoItems())
except TypeError as e:
    print("TypeError:", e)
