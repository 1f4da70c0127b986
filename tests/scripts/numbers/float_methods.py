# float/int methods that Baton supports, plus conversions.
print((2.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer())
print((10).bit_length(), (-10).bit_length(), (2 ** 100).bit_length())
print(abs(-2.5), abs(2.5), abs(-0.0), abs(-7), abs(2 ** 80 * -1))
print(float(True), float(-7), float("  3.25\n"), float(2 ** 60))
print(int(2.5), int(-2.5), int(1e10), int(-0.9), int(0.9999999))
print(float("-0"), float("+1.5"), float(".5"), float("5."))
print(float("1E5"), float("-1e-2"), float("infinity"), float("+inf"))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    float([1.5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__name__, float.__name__, bool.__name__)
print(int(), float(), bool())
print(int("  12_3  "), float("1_0.5"))
print(type(1).__name__, type(1.0).__name__, type(True).__name__)
print(isinstance(1.0, float), isinstance(1, float), isinstance(True, float))
print(2 ** 0.5 * 2 ** 0.5, 10 / 3, 1e300 * 1e300, -1e300 * 1e300)
