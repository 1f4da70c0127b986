# Starred assignment, nested unpacking and unpacking errors.
a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "xyz"
print(c, d)
e, *f, g = range(5)
print(e, f, g)
h, *i = (9,)
print(h, i)
(j, k), [l, *m] = (1, 2), [3, 4, 5]
print(j, k, l, m)
for n, (o, p) in [(1, (2, 3)), (4, (5, 6))]:
    print(n, o, p)
for first, *rest in ["abc", "de"]:
    print(first, rest)
q, r = r, q = 1, 2
print(q, r)
x = y = [0]
x.append(1)
print(x, y, x is y)
s, t = "st"
print(s, t)
[u, v] = {"k1": 1, "k2": 2}
print(u, v)
head, *_ = [7, 8, 9]
print(head, _)
for bad in [[1, 2, 3], [1], "abcd"]:
    try:
        w, z = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a1, a2, *a3 = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    n1, n2 = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (p1, p2), p3 = [1, 2], 3
    print(p1, p2, p3)
    (p1, p2), p3 = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
