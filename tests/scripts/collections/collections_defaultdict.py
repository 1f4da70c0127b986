from collections import defaultdict


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


d = defaultdict(list)
print(d, d.default_factory)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d), "c" in d, d.get("c"), len(d))
print(d["c"], d)
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups.items()), sorted(groups), list(groups.values()))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] -= 1
print(nested["x"], len(nested), nested["x"]["y"])
s = defaultdict(str, {"k": "v"}, extra="e")
print(s, s["missing"] == "", s)
n = defaultdict(None, a=1)
print(n, n.default_factory)
attempt("no factory", lambda: n["zz"])
attempt("default no factory", lambda: defaultdict()["k"])
attempt("not callable", lambda: defaultdict(1))
attempt("not callable str", lambda: defaultdict("list"))
z = defaultdict(tuple)
print(z[1], z)
z.default_factory = set if False else list
print(z[2], z)
z.default_factory = None
attempt("factory reset", lambda: z[3])
c = defaultdict(list, {"a": [1]})
e = c.copy()
e["b"].append(9)
print(c, e, e.default_factory, type(e).__name__)
print(c == {"a": [1]}, {"a": [1]} == c, c == defaultdict(int, a=[1]), c != {"a": 2})
print(c | {"q": 1}, {"q": 1} | c)
c |= {"r": 2}
print(c)
print(c.pop("r"), c.setdefault("s", 5), c, c.popitem(), c)
c.update({"u": 1}, v=2)
print(c, list(c.keys()), list(c.items()))
del c["u"]
attempt("del missing", lambda: c.__delitem__("nope"))
print(c, defaultdict.fromkeys("ab", 0))
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]), type(t["a"]).__name__)
for k, v in defaultdict(int, x=1, y=2).items():
    print(k, v)
print(repr(defaultdict(int)), str(defaultdict(float, a=1.5)))
