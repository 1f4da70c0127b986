class V:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, V): return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x and self.y == o.y
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __neg__(self): return V(-self.x, -self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __bool__(self): return self.x != 0 or self.y != 0
    def __contains__(self, v): return v == self.x or v == self.y
    def __call__(self, k): return self.x * k
a = V(1, 2); b = V(3, 4)
print(a + b, a * 3, 3 * a, -a, a == V(1, 2), a != b, a < b, a > b)
print(len(a), a[0], a[1], 2 in a, 5 in a, 5 not in a, a(10))
if V(0, 0): print("yes")
else: print("no")
print(not V(0, 0), V(0, 0) or "fallback", a and "both")
x = a
x += b
print(x, a)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a - b
except TypeError as e:
    print(e)
try:
    a >= 3
except TypeError as e:
    print(e)
class Box:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): print("del", k); del self.d[k]
bx = Box(); bx["a"] = 1; bx["a"] += 5; print(bx["a"]); del bx["a"]
try:
    bx["zz"]
except KeyError as e:
    print("KeyError", e)
while V(0, 0):
    print("never")
i = 0
class Z:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Z(0)), bool(Z(3)), [k for k in range(3) if Z(k)])
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
print(V(1, 2) == 5, 5 == V(1, 2), V(1,2) in [V(1,2)])
