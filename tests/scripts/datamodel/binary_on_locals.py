class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __repr__(self): return f"V({self.x})"
def f(a, b):
    c = a + b
    d = b + a
    e = a * b if not isinstance(a, V) and not isinstance(b, V) else None
    return c, d, e
print(f(1, 2), f(1.5, 2), f(2**62, 2**62), f("a", "b") if False else None)
print(f(V(1), 2), f(3, V(4)), f(V(1), V(2)))
def g(a, b):
    return a + b
try:
    g(1, "x")
except TypeError as e:
    print(e)
def h():
    b = 1
    return a + b
    a = 2
try: h()
except UnboundLocalError as e: print(e)
x = [1]
def k(l, m):
    l += m
    return l
print(k(x, [2]), x, k((1,), (2,)))
