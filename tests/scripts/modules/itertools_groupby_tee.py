# groupby (lazy groups, invalidated when the groupby moves on) and tee
from itertools import groupby, tee


def noisy(items):
    for x in items:
        print(f"  produce {x!r}")
        yield x


print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print(list(groupby([])), [(k, len(list(g))) for k, g in groupby([1.0, 1, True, 2])])

print("lazy:")
gb = groupby(noisy("aabbc"))
print("made")
k, g = next(gb)
print("key", k)
print("first of group", next(g))
k2, g2 = next(gb)
print("key", k2, "old group now:", list(g))
print("rest of group", list(g2))
print([k for k, _ in gb])

print("groups kept past their turn are empty:")
groups = [(k, g) for k, g in groupby("xxyyyz")]
print([(k, list(g)) for k, g in groups])

calls = []


def key(x):
    calls.append(x)
    return x // 10


for k, g in groupby([1, 5, 12, 18, 25], key):
    print(k, list(g))
print("key calls", calls)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  eq {self.v} {other.v}")
        return self.v == other.v


print([(k.v, list(g)) for k, g in groupby([1, 1, 2], key=lambda x: Eq(x))])
try:
    groupby(5)
except TypeError as e:
    print("TypeError:", e)

print("tee:")
a, b = tee(noisy([1, 2, 3]))
print("made")
print(next(a), next(a))
print(list(b))
print(list(a))
x, y, z = tee("ab", 3)
print(list(x), list(y), list(z), tee([1], 0), len(tee([1])))
c, d = tee(iter(range(4)))
e, f = tee(c)
print(e is c, list(e), list(f), list(d))
print(type(a).__name__)
for args in [(1,), ([1], -1), ([1], "a"), ()]:
    try:
        tee(*args)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
