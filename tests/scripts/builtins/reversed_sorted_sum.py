# reversed/sorted/sum over different iterables.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
print("".join(reversed("stressed")), tuple(reversed([])), list(reversed([[1], [2]])))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(sorted((3, 1, 2)), sorted("cba"), sorted({"b": 0, "a": 1}), sorted([2.5, 1, True]))
print(sorted(x * x for x in [-3, 1, 2]), sorted([[3], [1, 2], [1]]), sorted(["B", "a", "C"]))
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(5), 10), sum([[1], [2]], []), sum(x for x in range(4)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([2 ** 64, -(2 ** 64), 1]))
print(sum([], 0.0), sum([True, True]), sum([1, 2.0]), type(sum([1, 2.0])).__name__)
lst = [5, 3, 9]
print(sorted(lst) == lst, lst, list(reversed(sorted(lst))))
for bad in [lambda: reversed(5), lambda: reversed(iter([1])), lambda: sum("abc"),
            lambda: sum([1], "s"), lambda: sum([[1]]), lambda: sorted([1, None])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
