s = {5, 3, 9, 1}
print(s, len(s), 3 in s, 4 in s, 4 not in s, type(s).__name__)
s.add(4); s.add(3); print(s)
s.discard(100); s.remove(9); print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(set(), set([3, 3, 2, 1]), set("aaa"), set(range(20, 0, -3)))
print(sorted({"b", "a", "c"}))
a = {1, 2, 3, 4}; b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9, 8], (7,)), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint([4]))
c = set(a); c |= {10, 20}; print(c); c &= {1, 10, 99}; print(c); c -= {1}; print(c); c ^= {10, 11}; print(c)
f = frozenset([3, 1, 2]); print(f, frozenset(), type(f).__name__, f | {9}, {9} | f)
print({f: "x"}[frozenset({1, 2, 3})], hash(frozenset()) == hash(frozenset([])))
print({frozenset({1}), frozenset({1})})
e = set(); print(bool(e), bool({0}), len(e))
try:
    e.pop()
except KeyError as err:
    print("KeyError", err)
p = {10, 20, 30}; print(p.pop(), p)
u = {1, 2}; u.update([3], {4}); print(u); u.clear(); print(u)
print({x % 5 for x in range(20)}, {*[1, 2], *(2, 3)})
try:
    {[1]}
except TypeError as err:
    print(err)
try:
    hash({1})
except TypeError as err:
    print(err)
nums = {100, 7, 33, 2048, -5, 0, 64}
print(nums, list(nums), sorted(nums), max(nums), sum(nums))
for x in {3, 1, 2}:
    print(x, end=" ")
print()
try:
    for x in nums:
        nums.add(x + 1)
except RuntimeError as err:
    print(err)
big = set(range(100)); big -= set(range(0, 100, 3)); print(len(big), list(big)[:10])
t = {(1, 2), (2, 1), (0, 0), (5, 5)}; print(t)
print({1.5, 2.5, 0.5}, {True, 1, 1.0}, {-1, -2, -3})
d = {1: "a", 2: "b"}; print(set(d), set(d.items()) == {(1, "a"), (2, "b")})
