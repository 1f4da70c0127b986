# round/pow/divmod called as builtins with mixed types and keywords.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234, -2), round(-1234, -2))
print(round(5, -1), round(15, -1), round(0.05, 1), round(0.15, 1), round(0.25, 1))
print(round(2.567, ndigits=2), round(7.0), round(-7.5), round(1e-9, 9))
print(pow(2, 5), pow(2.0, 5), pow(2, -2), pow(-8, 1 / 3) if False else 0, pow(10, 0))
print(pow(3, 4, 7), pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(2 ** 70, 2, 97))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5))
print(divmod(2 ** 70, 3), divmod(True, 2), divmod(0, 7), divmod(0.0, -3))
print(pow(0.0, 0), pow(0, 0.0), pow(1, 10 ** 10), pow(-1, 10 ** 10 + 1))
for bad in [lambda: pow(2, 3.0, 5), lambda: pow(2.0, 3, 5), lambda: divmod("a", 1),
            lambda: divmod(1), lambda: pow(2, -1, 4), lambda: pow(0, -1, 5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
