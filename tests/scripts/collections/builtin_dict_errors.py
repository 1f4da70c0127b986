# KeyError and TypeError cases of dicts.
d = {"a": 1, (1, 2): "t"}
for f in [lambda: d["missing"], lambda: d[(1, 3)], lambda: d.pop("zz"),
          lambda: d[[1]], lambda: {[1]: 2},
          lambda: d.get([1]), lambda: [1] in d, lambda: d < d, lambda: d + d,
          lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]),
          lambda: d[1.5], lambda: {}[0]]:
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault({})
except TypeError as e:
    print(type(e).__name__, e)
print(d)
