# Dictionary operations and methods.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d))
print(d["b"], d.get("b"), d.get("zz"), d.get("zz", "default"))
print("a" in d, "z" in d, 10 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d)
print(d.pop("missing", "fallback"), d)
e = {}
e[1] = "int key"
e["1"] = "str key"
e[2.5] = "float key"
e[(1, 2)] = "tuple key"
e[True] = "bool key overwrites 1"
print(e)
print(e[1], e[(1, 2)])
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
nested["outer"]["new"] = None
print(nested)
print(dict([("x", 1), ("y", 2)]), dict({"copy": True}))
f = dict(d)
f["extra"] = 1
print(d, f)
print({1: "a"} == {1: "a"}, {} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
