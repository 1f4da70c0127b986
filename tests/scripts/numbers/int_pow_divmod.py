# ** and divmod/pow with modulus and signs.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-8) ** 2, -8 ** 2)
print(2 ** 3 ** 2)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, 200, 13))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 1))
print(pow(7, -1, 11), pow(3, -2, 7))
print(pow(2, 0, 5), pow(0, 0, 3))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(1, 0.5))
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(10 ** 2.0, 2 ** 10.0)
print((-1) ** 0.5 if False else "skip")
print(1.5 ** 2, (-1.5) ** 3)
x = 3
x **= 4
print(x)
x = 17
x %= 5
print(x)
print(True ** 2, False ** 0, 2 ** True)
