# Methods of built-in types can be taken from the type and called with the receiver first.
print(str.upper("abc"), str.join("-", ["a", "b"]), str.replace("aXa", "X", "y"))
lst = [3, 1, 2]
list.append(lst, 0)
print(lst, list.index(lst, 2), dict.get({"k": 1}, "k"), tuple.count((1, 1, 2), 1))
print(list(map_result) if False else sorted(["b", "A", "c"], key=str.lower))
for call in (lambda: str.lower(5), lambda: str.lower(), lambda: list.append((1,), 2),
             lambda: dict.keys([])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
