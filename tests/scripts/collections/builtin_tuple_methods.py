# Tuples: construction, methods, immutability, concatenation.
t = (3, 1, 4, 1, 5)
print(t, t.count(1), t.index(4), len(t), t[1:3], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t + (9,), (0,) * 3, 2 * (1, 2), t[-1], t[10:], min(t), max(t), sum(t))
a, b = (1, 2)
print(a, b, (a, b) == (1, 2), (1, 2) != (2, 1), (1, (2, 3))[1][0])
nested = ([1], [2])
nested[0].append(5)
print(nested, 1 in t, 7 in t, 5 not in t)
u = t
u += (6,)
print(t, u, t is u)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
print(sorted(t), list(reversed(t)), tuple(sorted(t, reverse=True)))
print(type(()).__name__, isinstance((1,), tuple), repr((1,)), str(("a",)))
for bad in [lambda: t.index(42), lambda: t[9], lambda: t + [1], lambda: t * "a"]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 10
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
