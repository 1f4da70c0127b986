from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(99))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter([]), Counter({"x": 3, "y": 1}), Counter(cats=4, dogs=8))
print(Counter({"x": 1}, x=5, y=2))
print(Counter(Counter("aab")), Counter([1, 2, 2, 3, 3, 3]), Counter((True, 1, 1.0, 0)))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], wc.total())
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c.total())
c.update("spam")
print(c)
c.update({"s": 10, "new": 1})
print(c)
c.update(m=2)
print(c)
c.update(Counter("zz"))
print(c)
c.subtract("ssss")
print(c)
c.subtract({"z": 5, "q": 1})
print(c)
c.subtract(Counter(m=1), p=3)
print(c)
del c["q"]
del c["never there"]
print(c)
c["zero"] = 0
print(c, "zero" in c, c["zero"])
print(c.pop("zero"), c.get("i"), c.get("nope"), c.get("nope", -1), c.setdefault("w", 7))
print(list(c), list(c.keys()), list(c.values()), list(c.items())[:3])
print(c.copy() == c, c.copy() is c, type(c.copy()).__name__)
d = Counter(a=1)
d.clear()
print(d, bool(d), bool(Counter(a=0)))
print(Counter("aaabbc") == Counter("abcaab"), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1) == {"a": 1, "b": 0}, Counter() == [])
print(Counter("ab") <= Counter("aabb"), Counter("abc") <= Counter("aabb"), Counter("ab") < Counter("ab"))
print(Counter("aabb") >= Counter("ab"), Counter("ab") > Counter("a"), Counter(a=1, b=0) >= Counter(a=1))
print(sorted(Counter("hello world").items()))
for key, count in Counter("banana").items():
    print(key, count, end="; ")
print()
class Tally(Counter):
    pass
t = Tally("xxy")
print(t, t.most_common(1), t + Tally("y"))
