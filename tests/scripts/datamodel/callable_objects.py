class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(0)))
class Counter:
    def __init__(self): self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
c(); c(); print(c(), c.count)
class Compose:
    def __init__(self, *fs): self.fs = fs
    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x
print(Compose(str, abs, lambda v: v - 10)(3))
try:
    Adder(1)()
except TypeError as e:
    print(e)
