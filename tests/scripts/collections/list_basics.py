# List construction, indexing, slicing, concatenation.
a = [1, 2, 3, 4, 5]
print(a, len(a), a[0], a[-1], a[-2])
print(a[1:3], a[:2], a[3:], a[::-1], a[::2], a[-2:], a[1:-1])
print(a[10:], a[-10:2], a[4:1:-1])
print(a + [6, 7], [0] * 4, 2 * ["x"], [] + [])
a[0] = 100
a[-1] = "last"
print(a)
nested = [[1, 2], [3, 4]]
nested[1][0] = 30
print(nested, nested[0][1], nested[-1][-1])
print(3 in a, 100 in a, "last" not in a)
b = a
b.append("shared")
print(len(a), a[-1])
c = a[:]
c.append("copy only")
print(len(a), len(c))
mixed = [None, 1, 2.0, "three", [4], (5,), {"six": 6}]
print(mixed)
print(list("hi") + list((1, 2)))
print([[]] * 2, [[0] * 2] * 2)
