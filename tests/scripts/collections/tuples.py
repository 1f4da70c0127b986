# Tuples: creation, indexing, slicing, unpacking, comparison.
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t))
single = (5,)
empty = ()
print(single, empty, len(single), len(empty))
u = 4, 5
print(u, t + u, u * 2)
a, b, c = t
print(a, b, c)
x, y = u
print(x + y)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (0,) == (0,))
print(3 in t, 9 not in t)
nested = ((1, 2), ("a", "b"))
print(nested, nested[1][0])
print(tuple([1, 2]), tuple("ab"), list((3, 4)))
for item in t:
    print("item", item)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 9, 1, 7])
print(lo, hi, minmax([2]))
pair = ("key", [1, 2])
pair[1].append(3)
print(pair)
print((1, "a", None, 2.5, [0]))
