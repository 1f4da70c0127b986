# // and % follow the sign of the divisor, for ints and floats.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, a / b)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (5, 0.5)]
for a, b in fpairs:
    print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1)
print(5.5 // 1, -5.5 // 1, 1e300 // 1e-300 > 0)
print(10 % 3.5, -10 % 3.5, 10 % -3.5)
print(float("inf") // 1 if False else "skip", 3 % float("inf"), -3 % float("inf"))
print(7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2)
print(type(7 // 2).__name__, type(7.0 // 2).__name__, type(7 % 2.0).__name__)
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
print(2 ** 64 // -3, 2 ** 64 % -3, -(2 ** 64) // 3, -(2 ** 64) % 3)
