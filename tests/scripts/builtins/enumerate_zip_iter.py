# enumerate, zip, iter/next with defaults and StopIteration.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate(["x", "y"], start=-2)), list(enumerate(range(3), 2 ** 40))[:1])
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip("a", "b", "c")))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
pairs = list(zip(range(5), range(10, 15), range(20, 23)))
print(pairs)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
s = iter("hi")
print(next(s), list(s), list(s))
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
print(iter(it) is it, list(iter([])), next(iter(range(5, 9))), next(iter({"k": 1})))
for bad in [lambda: iter(5), lambda: next([1]), lambda: enumerate(5), lambda: zip(1),
            lambda: iter(None), lambda: next(5, 6)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
