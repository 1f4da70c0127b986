# List slicing, slice assignment (growing, shrinking, extended) and del.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::3], xs[::-1], xs[-3:-1], xs[5:2], xs[5:2:-1])
print(xs[100:], xs[-100:2], xs[1:9:4], xs[9:0:-4])
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [98, 99]
print(a)
a[::2] = ["e0", "e1", "e2", "e3"]
print(a)
a[1::2] = "ABCD"
print(a)
a[2:2] = (7,)
print(a)
a[3:1] = ["in"]
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[:] = c + c
print(c)
c[-2:] = list(range(3))
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[::-1] = [0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
