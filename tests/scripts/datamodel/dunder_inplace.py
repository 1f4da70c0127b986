class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self
    def __add__(self, o):
        print("add", o)
        return Acc(self.v + o)
    def __repr__(self): return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
c = a + 1
print(c, c is a)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
    def __repr__(self): return f"OnlyAdd({self.v})"
x = OnlyAdd(2); y = x
x += 3
print(x, y, x is y)
class Mat:
    def __init__(self, r): self.r = r
    def __matmul__(self, o): return sum(p * q for p, q in zip(self.r, o.r))
    def __rmul__(self, k): return Mat([k * v for v in self.r])
    def __neg__(self): return Mat([-v for v in self.r])
    def __repr__(self): return f"Mat({self.r})"
print(Mat([1, 2]) @ Mat([3, 4]), 3 * Mat([1, 2]), -Mat([1, -1]))
class Pow:
    def __pow__(self, e): return f"pow {e}"
    def __rpow__(self, b): return f"rpow {b}"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __lshift__(self, o): return "lshift"
    def __and__(self, o): return "and"
    def __xor__(self, o): return "xor"
    def __or__(self, o): return "or"
    def __invert__(self): return "invert"
    def __pos__(self): return "pos"
p = Pow()
print(p ** 2, 2 ** p, p // 1, p % 1, p << 1, p & 1, p ^ 1, p | 1, ~p, +p)
try:
    p - 1
except TypeError as e:
    print(e)
try:
    p ** p ** 1
except TypeError as e:
    print("TE", e)
