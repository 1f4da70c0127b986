# Integer arithmetic with Python floor semantics.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 6 / 3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 2, -7 % 2, 7 % -2, -7 % -2)
print(5 % 3, -5 % 3, 5 % -3, -5 // 3)
print(0 // 5, 0 % 5, 0 * -1)
print(2 ** 10, 2 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2)
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, 10 - 4 - 3)
print(100 // 7 * 7 + 100 % 7)
print(-(-5), +5, -0, +(-3))
print(abs(-12), abs(12), abs(0))
print(True + True, True * 10, False - 1)
print(1 / 4, 3 / 4, -1 / 4, 10 / 5)
x = 17
q = x // 5
r = x % 5
print(q, r, q * 5 + r == x)
x = -17
q = x // 5
r = x % 5
print(q, r, q * 5 + r == x)
print(min(3, 1, 2), max(3, 1, 2), min(-1, -5), max(0, 0))
print(sum([1, 2, 3, 4]), sum([]), sum([-1, 1]))
