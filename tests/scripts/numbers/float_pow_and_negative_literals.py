print(2.0 ** -1.5, 2 ** 0.5, 2.0 ** 2, 10.0 ** 308, 1.5 ** 1000.0 if False else 0)
for a, b in [(2.0, 0.5), (0.5, -2), (3, -1.5), (1e10, 30.0), (2.5, 3), (7.0, 0.0), (1.0, 1e300)]:
    print(a ** b)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print((-2.0) ** 2, (-2.0) ** -1)
print(-1.5, -0.0, -3, -(3), -9223372036854775808, -(-5), - -2.5)
x = 3
print(-x, -x ** 2, (-x) ** 2, -2 ** 2)
