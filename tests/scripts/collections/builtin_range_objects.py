# range objects: repr, len, indexing, membership, equality, errors.
r = range(2, 20, 3)
print(r, len(r), list(r), r[0], r[-1], r[2])
print(range(5), range(0, 5), range(1, 10, 2), range(5, 0, -1), list(range(5, 0, -2)))
print(len(range(0)), len(range(5, 0)), len(range(0, 10, 3)), len(range(10, 0, -3)))
print(5 in r, 6 in r, 20 in r, 2.0 in r, "a" in r, -1 in range(-5, 0))
print(range(3) == range(0, 3), range(0) == range(2, 2), range(1, 10, 3) == range(1, 11, 3))
print(list(range(-3, 3)), list(range(3, -3, -2)), range(3) == [0, 1, 2])
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(reversed(range(4))), bool(range(0)), bool(range(1)), tuple(range(2)))
print(list(enumerate(range(10, 13))), list(zip(range(3), range(5, 0, -1))))
for bad in [lambda: r[100], lambda: range(1, 2, 0), lambda: range(1.5),
            lambda: range("3"), lambda: range(), lambda: range(1, 2, 3, 4),
            lambda: len(range(10 ** 20))]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
