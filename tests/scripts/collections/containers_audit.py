l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.insert(0, 0); l.remove(3)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1), l[::-1], l[1:3])
l.sort(reverse=True); print(l); l.reverse(); print(l, l.copy(), len(l))
l[1:3] = [9, 9, 9]; print(l); l[::2] = [0, 0, 0]; print(l); del l[1:3]; print(l); l.clear(); print(l)
a, *b = [1, 2, 3]; *c, d = "xyz"; e, (f, g) = 1, (2, 3)
print(a, b, c, d, e, f, g, [*b, *c], {**{"a": 1}, "k": 2}, (*b,), sorted({*c}))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["bb", "a", "ccc"], key=len), sorted("Hello", key=str.lower), sorted([3, 1, 2], reverse=True))
data = [("x", 2), ("y", 1), ("z", 2)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
t = (1, 2, 3)
print(t.index(2), t.count(3), t + (4,), t * 2, t[1:], t < (1, 3), hash(t) == hash((1, 2, 3)), tuple([1]), tuple("ab"))
d = {"a": 1, "b": 2}
d["c"] = 3; d.update({"d": 4}, e=5); d.setdefault("f", 6); print(d, d.get("z"), d.get("z", 0), d.pop("a"), d.popitem())
print(list(d.keys()), list(d.values()), list(d.items()), "b" in d, len(d), dict(zip("ab", [1, 2])), dict([("x", 1)]), dict(a=1))
print({k: v for k, v in [("a", 1)]}, dict.fromkeys("ab", 0), d | {"z": 0}, {1: "a"} == {1: "a"}, list(reversed({"a": 1, "b": 2})))
d2 = d.copy(); d2 |= {"q": 1}; print(d2, d)
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(s, s | {9}, s & {2, 3}, s - {2}, s ^ {2, 7}, {1, 2} <= {1, 2, 3}, {1}.isdisjoint({2}))
print(s.union([5]), s.intersection([2, 3]), s.difference([2]), s.symmetric_difference([3]), s.issubset(range(10)), s.issuperset({2}))
fs = frozenset([1, 2]); print(fs, hash(fs) == hash(frozenset([2, 1])), fs | {3}, {fs: 1}[frozenset([1, 2])], set(), frozenset())
print([x * y for x in range(3) for y in range(3) if x != y], {x % 3 for x in range(10)}, {x: x * x for x in range(3)}, list(x for x in "ab"))
print([[i * j for j in range(3)] for i in range(3)], [(x, y) for x in [1, 2] if x > 1 for y in "ab"])
for e in ["[1][5]", "{}['x']", "[].pop()", "[1].remove(2)", "[1].index(5)", "{1: 2}[[1]]", "{[1]: 2}", "set().pop()", "{1}.remove(2)", "(1,)[3]", "dict(1)", "[1, 'a'].sort()", "list(5)", "a, b = [1, 2, 3]", "a, b, c = [1, 2]"]:
    try:
        exec(e) if "=" in e else print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
x = [1, 2]; y = x; y += [3]; print(x, x is y, [1, 2] == [1, 2], [1, 2] is [1, 2], None is None, [] == [], not [], not [0])
print(list(range(10))[::3], list(range(10, 0, -3)), range(5)[2], range(0, 10, 2)[1:3], 5 in range(10), len(range(0, 10, 3)), range(3) == range(0, 3))
nested = {"a": [1, {"b": 2}]}; print(nested["a"][1]["b"], [[]] * 2, list(enumerate("ab", 1)), list(zip([1, 2], "ab", strict=False)))
