from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


od = OrderedDict()
print(od)
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), len(od))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
od.move_to_end("c", False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 1), ("y", 2)], z=3)
print(od)
print(od.keys(), od.values(), od.items())
print(list(od.keys()), list(od.values()), list(od.items()), len(od.keys()), "x" in od.keys())
print(("x", 1) in od.items(), ("x", 2) in od.items(), 2 in od.values())
print(OrderedDict([("a", 1), ("b", 2)]), OrderedDict({"q": 1}), OrderedDict(k=1))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1, b=2) == OrderedDict(a=1, b=2), {"a": 1} == OrderedDict(a=1), OrderedDict() != OrderedDict(a=1))
c = od.copy()
c["new"] = 0
print(od, c, type(c).__name__)
print(od.pop("x"), od.pop("x", "gone"), od.get("y"), od.setdefault("w", 9), od)
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys([1, 2], 0))
print(OrderedDict(a=1) | {"b": 2}, {"b": 2} | OrderedDict(a=1))
attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("popitem first empty", lambda: OrderedDict().popitem(last=False))
attempt("move missing", lambda: OrderedDict().move_to_end("a"))
attempt("missing key", lambda: OrderedDict(a=1)["b"])
attempt("pop missing", lambda: OrderedDict().pop("k"))
attempt("two args", lambda: OrderedDict([], []))
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = str(key)
        if len(cache) > 3:
            cache.popitem(last=False)
    print(list(cache))
del cache[5]
print(cache, bool(cache), bool(OrderedDict()))
for k, v in OrderedDict(z=26, y=25).items():
    print(k, v)
