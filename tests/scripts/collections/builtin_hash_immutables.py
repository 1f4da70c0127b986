# hash() of immutables, unhashable mutables, and using them as dict keys.
print(hash(42) == hash(42), hash("s") == hash("s"), hash((1, "a")) == hash((1, "a")))
print(hash(None) == hash(None), hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print(hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), hash(b"x") == hash(b"x"))
print(type(hash("abc")).__name__, type(hash(1.5)).__name__, hash(-1), hash(12345))
keys = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", b"1": "bytes"}
print(keys[1.0], keys[True], keys["1"], keys[(1,)], keys[None], keys[2.5], keys[b"1"])
print(len(keys), list(keys))
for value in [[1], {"a": 1}, (1, [2]), ([],)]:
    try:
        hash(value)
    except TypeError as e:
        print(type(e).__name__, e)
for key in [[1, 2], {}, ([1],)]:
    try:
        d = {key: 1}
    except TypeError as e:
        print(type(e).__name__, e)
d = {}
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d.get({}))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({} in d)
except TypeError as e:
    print(type(e).__name__, e)
print(d)
