# Arithmetic with inf, nan, tiny and huge floats.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf * -2, inf / 2)
print(nan + 1, nan * 0, inf / inf, 1 / inf, -1 / inf, 0 * -inf)
print(inf // 1, inf % 1, 1 % -inf, -1 % inf, 5 // inf, -5 // inf)
print(divmod(inf, 2), divmod(5, inf))
print(max(nan, 1), max(1, nan), min(nan, 1), nan in [nan], round(inf, 2))
print(int(-0.0), abs(-nan), abs(-inf), -(-inf))
print(2.0 ** 1023 * 2, 1e308 + 1e308, -(1e308 * 10))
print(inf == inf, inf > 1e308, 10 ** 400 < inf, -inf < -(10 ** 400), nan != nan)
print(10 ** 400 / 10 ** 399, (10 ** 400) // 10 ** 399, 2 ** 1100 / 2 ** 1000)
print(1 / 3 * 3, 0.1 * 3, 1 - 0.9, 100 * 1.1)
print(2 ** 0.5, 10 ** -1, 1e-320, 5e-324 / 2, 1e-323)
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1), int(float(2 ** 63)))
print(-7 // 2.0, -7 % 2.0, 7.0 // -2, 7 % -2.0, -0.0 // 1, 0.0 % -1)
print(3 * 0.1 == 0.3, round(3 * 0.1, 15) == 0.3)
print(float("1e500"), float("-1e500"), float("1e-500"), 2.0 ** -1080)
print(1.0 ** nan, nan ** 0, inf ** 0, 0.0 ** 0, 1 ** inf)
for bad in [lambda: float(10 ** 400), lambda: 10 ** 400 / 1, lambda: 2.0 ** 10000,
            lambda: 0.0 ** -1, lambda: int(inf), lambda: int(nan), lambda: 10.0 ** 400]:
    try:
        print(bad())
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
