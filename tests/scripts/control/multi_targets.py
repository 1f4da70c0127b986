# Chained assignment, tuple/list unpacking, starred targets, swaps.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "st"
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "abcde"
print(h, mid, tl)
h, *mid, tl = (1, 2)
print(h, mid, tl)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
class O:
    pass
o = O()
o.a, o.b = "xy"
print(o.a, o.b)
d = {}
d["k"], d["j"] = d2 = (1, 2)
print(d, d2)
for idx, (name, val) in enumerate([("a", 1), ("b", 2)]):
    print(idx, name, val)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, *v, w = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)
m = n = 0
m += 1
print(m, n)
w = [1, 2, 3]
w[0], w[2] = w[2], w[0]
print(w)
(a1, b1), (c1, *d1) = [[1, 2], "xyz"]
print(a1, b1, c1, d1)
