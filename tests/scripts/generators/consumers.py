def gen(n):
    for i in range(n):
        print("  produce", i)
        yield i

print(list(gen(3)))
print(tuple(gen(2)), sum(gen(4)), sorted(gen(3), reverse=True))
print(any(x > 1 for x in gen(5)))
print(all(x < 1 for x in gen(5)))
for i, x in enumerate(gen(2)):
    print("enum", i, x)
for a, b in zip(gen(3), "ab"):
    print("zip", a, b)
print(list(map(lambda x: x * 10, gen(2))))
print(list(filter(None, gen(3))))
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
print([*gen(2), *gen(1)])
def f(*args): return args
print(f(*gen(2)))
print(2 in gen(5), 9 in gen(2))
print(max(gen(3)), min(gen(3)), "-".join(str(x) for x in range(4)))
print(dict((k, k * k) for k in range(3)))
class P:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"P{self.n}"
ps = [P(3), P(1), P(2)]
print(sorted(ps), min(ps), max(ps), sorted(ps, reverse=True))
ps.sort()
print(ps)
print(sorted([P(2), P(1)], key=lambda p: -p.n))
g = (x * x for x in range(3))
print(next(g), list(g), list(g))
print(sum(x for x in range(101)))
def nested():
    yield from (y for y in gen(2))
print(list(nested()))
print(list(enumerate(range(3), 1)), list(zip()), list(zip([1,2],[3])))
