# Calling the builtin types as constructors/converters.
print(int(), int("7"), int(7.9), int(-7.9), int("  -0  "), int(True), int("0012"))
print(float(), float(3), float("  2.5e-3 "), float("-inf"), float(" NaN "))
print(str(), str(12), str(1.0), str([1]), str((1,)), str({1: 2}), str(None), str(True))
print(bool(), bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]), bool({}), bool(range(0)))
print(list(), list("hi"), list((1, 2)), list({"a": 1}), list(range(2)), list(x for x in "ab"))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple({"k": 0}), tuple(range(3)))
print(dict(), dict(a=1, b=2), dict([("a", 1), ["b", 2]]), dict({"x": 1}, y=2), dict(zip("ab", "cd")))
print(int("12") + float("0.5"), str(3) + str(4), list("ab") + list("cd"))
print(type(int("5")).__name__, type(float("5")).__name__, type(str(5)).__name__)
print(int(str(2 ** 80)) == 2 ** 80, float(str(0.1)) == 0.1, list(tuple([1, 2])) == [1, 2])
for bad in [lambda: int("1.5"), lambda: int("abc"), lambda: float("1,5"), lambda: int(""),
            lambda: list(5), lambda: tuple(None), lambda: dict(5), lambda: dict([1]),
            lambda: int([]), lambda: float({}), lambda: bool(1, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
