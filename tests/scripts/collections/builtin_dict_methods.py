# Every common dict method, insertion order and return values.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "dflt"), d, d.pop("c"), d)
d.update({"x": 10, "a": 0})
d.update([("y", 20)], z=30)
d.update(w=40)
print(d, len(d))
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d, c is d)
print(dict(a=1), dict([("k", "v")]), dict())
print(dict({"p": 1}, q=2), dict(zip("xy", [1, 2])))
d.clear()
print(d, bool(d), d.get("a", "none"))
e = {}
e["k1"] = 1
e["k2"] = 2
e["k1"] = 3
del e["k2"]
e["k2"] = 4
print(e, "k1" in e, "zz" not in e, 3 in e)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 2} != {1: 3})
m = {"a": 1}
m.update({"c": 3})
print(m, list(reversed({"x": 1, "y": 2})), sorted({"b": 1, "a": 2}))
print({(1, 2): "tuple", 1.5: "float", None: "none", True: "bool"})
print(d.pop("missing", None), {}.get(1))
