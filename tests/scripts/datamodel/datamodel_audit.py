class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x): self.items.append(x); return self
    def __getitem__(self, i):
        if isinstance(i, slice): return ("slice", i.start, i.stop, i.step)
        return self.items[i]
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
a = Acc(); b = a; a += 5; a += 6
print(a is b, a.items, a[1:3], a[::2], a[0], list(a), 5 in a, 7 in a, len(a), sorted(a, reverse=True), max(a), sum(a), any(a))
class OnlyIter:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in OnlyIter(), list(OnlyIter()), tuple(OnlyIter()), set(OnlyIter()), dict(zip(OnlyIter(), "abc")), [*OnlyIter()], "-".join(map(str, OnlyIter())))
x, y, z = OnlyIter(); print(x, y, z)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
cs = [Cmp(3), Cmp(1), Cmp(2)]
print(sorted(cs), min(cs), max(cs), Cmp(1) in cs, cs.index(Cmp(2)), cs.count(Cmp(3)), Cmp(1) < Cmp(2) < Cmp(3), Cmp(2) > Cmp(1))
cs.sort(); print(cs); cs.remove(Cmp(2)); print(cs)
class Num:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o): return Num(o - self.v)
    def __truediv__(self, o): return Num(self.v / o)
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, o): return Num(self.v ** o)
    def __matmul__(self, o): return "matmul"
    def __and__(self, o): return "and"
    def __lshift__(self, o): return "lshift"
    def __invert__(self): return "invert"
    def __pos__(self): return "pos"
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __repr__(self): return f"Num({self.v})"
n = Num(7)
print(n - 2, 10 - n, n / 2, n // 2, n % 4, n ** 2, n @ n, n & 1, n << 1, ~n, +n, int(n), float(n), hex(n), bin(Num(5)))
class Ctx:
    def __enter__(self): return "entered"
    def __exit__(self, *a): print("exit args", a[0].__name__ if a[0] else a); return True
with Ctx() as v:
    print(v)
    1 / 0
print("suppressed ok")
class Attr:
    def __init__(self): object.__setattr__(self, "log", [])
    def __setattr__(self, k, v): self.log.append(k); object.__setattr__(self, k, v)
    def __delattr__(self, k): self.log.append("del " + k); object.__delattr__(self, k)
    def __getattribute__(self, k): return object.__getattribute__(self, k)
at = Attr(); at.x = 1; del at.x; print(at.log, hasattr(at, "x"))
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, k=2), callable(Call()), callable(Call))
