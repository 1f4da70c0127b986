# Generator expressions: laziness, single use, eager first iterable, scoping.
def src(n):
    print("src called with", n)
    for i in range(n):
        print("src yields", i)
        yield i

g = (x * 2 for x in src(3))
print("created genexpr")
print(next(g))
print(sum(g))
print(list(g), "(exhausted)")
print(sum(x * x for x in range(10)))
print(any(print("check", x) or x > 1 for x in range(5)))
print(all(x < 3 for x in [1, 2, 5, 0]))
print(max((len(w), w) for w in ["kiwi", "banana", "fig"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
try:
    bad = (1 / x for x in 5)
except TypeError as e:
    print("eager first iterable:", e)
lazy = (1 / x for x in [1, 0])
print("lazy created")
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("error at iteration time:", e)
gen = (c.upper() for c in "abc")
print(type(gen).__name__, iter(gen) is gen)
print("".join(gen))
x = "outer"
print(list(x for x in "xy"), x)
items = [1, 2, 3]
doubled = (v * 2 for v in items)
items.append(4)
print(list(doubled))
nums = (n for n in range(3))
print(list(zip(nums, nums)))
rev = (s for s in ["b", "c", "a"])
print(sorted(rev, reverse=True))
print(dict((k, k * k) for k in range(4)))
print(tuple(i for i in range(3)), ",".join(str(i) for i in range(4)))
