vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 9223372036854775807, -9223372036854775808, 10**20, -(10**20)]
for a in vals:
    for b in vals:
        if b == 0:
            continue
        print(a, b, a // b, a % b, divmod(a, b))
x = -9223372036854775808
print(x // -1, x % -1)
for i in range(-5, 6):
    print(i // 3, i % 3, i // -3, i % -3, end=" ")
print()
def f(a, b):
    return a // b, a % b
print(f(-7, 2), f(7, -2), f(-9223372036854775808, -1))
try:
    f(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(e)
for e, i in enumerate("abc"):
    print(e, i)
pairs = list(enumerate("xy"))
print(pairs, list(zip("ab", [1, 2], (3.0, 4.0))))
keep = []
for t in zip([1, 2, 3], "abc"):
    keep.append(t)
print(keep, keep[0] is keep[1])
it = enumerate([10, 20, 30])
a = next(it); b = next(it)
print(a, b, a is b)
