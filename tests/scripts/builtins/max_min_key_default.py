# max/min with key=, default=, several arguments, ties, and errors.
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min("b", "a", "c"), max("hello"))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max("ab", "cde", key=len))
print(max([], default=0), min([], default="none"), max([5], default=0), min((), default=None))
print(max([1, -5, 3], key=abs), min([-1, 1], key=abs), max([-1, 1], key=abs))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 9], [1]]))
pairs = [("a", 3), ("b", 5), ("c", 5), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: -p[1]))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: (n % 3, -n)))
print(max({"x": 1, "y": 2}), max({"x": 1, "y": 2}.values()), max(iter([2, 8, 1])))
print(max(1, 2.5), min(-1, -1.0), max(True, 1), max(1, True), max(2 ** 70, 1e21))
print(max("apple", "Apple", key=str.lower), min(3, 2, 1, key=lambda v: 0))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), 
            lambda: max(), lambda: max(1, 2, default=0), lambda: min([1], key=5),
            lambda: min([None, 1]), lambda: min(1, "a")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
