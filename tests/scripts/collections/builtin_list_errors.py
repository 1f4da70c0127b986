# Error messages of list operations.
xs = [1, 2, 3]
attempts = [
    lambda: xs[3],
    lambda: xs[-4],
    lambda: xs["0"],
    lambda: xs[1.0],
    lambda: [].pop(),
    lambda: xs.pop(10),
    lambda: xs.remove(42),
    lambda: xs.index(42),
    lambda: xs + (4,),
    lambda: xs + "a",
    lambda: xs * 1.5,
    lambda: xs * xs,
    lambda: xs < 5,
    lambda: [1, "a"].sort(),
    lambda: sorted([None, 1]),
    lambda: xs.insert(1),
    lambda: xs.sort(lambda v: v),
    lambda: xs[::0],
]
for i, f in enumerate(attempts):
    try:
        print(i, f())
    except (IndexError, TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
try:
    xs[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del xs[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    xs[0:1:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(xs)
