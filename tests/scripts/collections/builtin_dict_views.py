# keys()/values()/items() views: live, iterable, membership, len, repr.
d = {"x": 1, "y": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["z"] = 3
print(k, len(v), list(it), "z" in k, 3 in v, ("z", 3) in it, ("z", 4) in it)
del d["x"]
print(list(k), list(v), len(it))
for key, value in d.items():
    print(key, value)
print(sorted(d.values(), reverse=True), max(d.keys()), sum(d.values()))
print(list(zip(d.keys(), d.values())), dict(d.items()) == d, tuple(d))
print(list(reversed(list(d.keys()))), list(reversed(list(d.items()))))
print(d.keys() == {"y": 0, "z": 0}.keys(), list(enumerate(d)))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()), len(e.keys()))
try:
    k[0]
except TypeError as e1:
    print(type(e1).__name__, e1)
try:
    for key in d:
        del d[key]
except RuntimeError as e2:
    print(type(e2).__name__, e2)
