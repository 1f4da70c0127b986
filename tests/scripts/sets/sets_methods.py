a = {1, 2, 3}
b = frozenset({3, 4})
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(b.union(a), type(b.union(a)).__name__, b.copy() is b, a.copy() == a)
a.update(range(5, 8)); print(a)
a.intersection_update({1, 5, 6, 9}); print(a)
a.difference_update([5]); print(a)
a.symmetric_difference_update({1, 2}); print(a)
print({1, 2} == frozenset({1, 2}), {1, 2} != {2, 1}, {1} < {1, 2}, {1, 2} > {1}, {3} <= {1})
s = set("hello")
print(sorted(s), len(s), "h" in s, "z" in s)
print({n for n in range(-5, 5)}, {n * n for n in range(-3, 4)})
print(set([(1, 2), (1, 2), (2, 1)]) == {(2, 1), (1, 2)})
try:
    {1}.add([1])
except TypeError as e:
    print(e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(e)
