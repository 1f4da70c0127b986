# in / not in across containers, and del of names, items and slices.
print(2 in [1, 2], 2 in (1, 2), "a" in {"a": 1}, 1 in {"a": 1}, "b" in "abc")
print(3 not in [1, 2], [1] in [[1], 2], (1, 2) in [(1, 2)], None in [0, None])
print(1.0 in [1], True in [1], 0 in [False], "" in [[]], [] in [[]])
x = [0, 1, 2, 3, 4, 5]
del x[0]
del x[-1]
print(x)
del x[1:3]
print(x)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
name = 5
del name
try:
    print(name)
except NameError as e:
    print(type(e).__name__, e)
p, q = 1, 2
del p, q
try:
    del p
except NameError as e:
    print(type(e).__name__, e)
nested = {"k": [1, 2, {"deep": 3}]}
del nested["k"][2]["deep"]
del nested["k"][0]
print(nested)
items = [1, 2, 3]
for v in items[:]:
    if v % 2:
        items.remove(v)
print(items)
try:
    del items[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
