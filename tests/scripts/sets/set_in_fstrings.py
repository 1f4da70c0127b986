s = {3, 1, 2}
f = frozenset({5})
print(f"{s} {f} {s!r} {len(s)}")
print("{} and {}".format(s, f))
print(str(set()), repr(frozenset()), [set(), {1}], {"k": {2, 1}})
d = {frozenset({1, 2}): "a", frozenset(): "b"}
print(d[frozenset({2, 1})], d[frozenset()])
print({(i, j) for i in range(2) for j in range(2)})
