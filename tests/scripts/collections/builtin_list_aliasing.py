# Aliasing, shallow copies and [[]] * n pitfalls.
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[2])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
print(a, b, c, d, e, a is b, a is c, a == b)
def mutate(xs):
    xs.append("m")
    xs = ["rebound"]
    return xs
orig = []
print(mutate(orig), orig)
t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as err:
    print(type(err).__name__, err)
print(t)
s = [1, 2]
s += s
print(s)
s.extend(s)
print(s, len(s))
loop = [1]
loop.append(loop)
print(loop, len(loop), loop[1] is loop)
dd = {"k": []}
dd2 = dict(dd)
dd2["k"].append(1)
dd2["j"] = 0
print(dd, dd2)
