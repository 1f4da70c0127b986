# for loops over lists, strings, tuples and dicts.
for x in [10, 20, 30]:
    print("list item", x)
for ch in "hey":
    print("char", ch)
for t in (1, "two", 3.0):
    print("tuple item", repr(t))
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print("key", key, d[key])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print("value", v)
for k in d.keys():
    print("k", k)
pairs = [(1, "a"), (2, "b")]
for num, letter in pairs:
    print(num, letter)
for i, ch in enumerate("xyz"):
    print(i, ch)
for a, b in zip([1, 2, 3], ["p", "q"]):
    print(a, b)
for item in []:
    print("never")
nested = [[1, 2], [3], []]
for row in nested:
    for cell in row:
        print("cell", cell)
