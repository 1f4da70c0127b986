d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
print(dict.fromkeys(["x", "y"]))
print(dict.fromkeys("ab", 0))
print(dict.fromkeys(range(3), []))
print({}.fromkeys([1, 2], "v"))
print(dict.fromkeys((), 5))
try:
    dict.fromkeys()
except TypeError as e:
    print("TypeError", e)
try:
    dict.fromkeys([1], 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("TypeError", e)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a
c |= b
print(c, a, c is a)
a |= [("k", "v")]
print(a)
try:
    print(a | [("k", 1)])
except TypeError as e:
    print("TypeError", e)
try:
    a |= int("5")
except TypeError as e:
    print("TypeError", e)
try:
    a |= [1]
except TypeError as e:
    print("TypeError", e)
print({"y": 2}.items() == {"y": 2}.items())
print({"y": 2}.items() == {"y": 3}.items())
print({"y": 2}.values() == {"y": 2}.values())
print({"y": 2}.keys() == {"y": 2}.keys())
print({"y": 2}.items() != {"y": 2}.items())
print({1: 2}.items() == {(1, 2)}, {1: 2}.keys() == {1})
d = {"one": 1, "two": 2, "three": 3}
print(list(reversed(d)))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
r = reversed(d)
print(next(r), next(r), next(r))
try:
    next(r)
except StopIteration:
    print("stop")
print(list(reversed({})))
