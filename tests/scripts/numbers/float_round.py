# round(): banker's rounding, ndigits, negative ndigits, int results.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]:
    print(x, round(x))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(123456, -3), round(5, 2), round(7, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(1e20), round(-0.4), round(-0.6))
print(round(2.5, None), round(0.1 + 0.2, 10))
print(round(1.23456789e-5, 7), round(98765.4321, -3))
print(round(True), round(False, 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
