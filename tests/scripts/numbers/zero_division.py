# ZeroDivisionError messages for each operator and type.
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: 1 / 0.0,
    lambda: divmod(1, 0),
    lambda: divmod(0, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: 2 ** 100 // 0,
    lambda: 2 ** 100 % 0,
    lambda: True / False,
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("aug", e)
try:
    x //= 0
except ZeroDivisionError as e:
    print("aug", e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
print(0 / 5, 0.0 / -5, 0 % 5)
try:
    pow(5, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
