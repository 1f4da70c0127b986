# format() of floats: f, e, g, %, precision, padding, signs.
x = 3.14159265
print(format(x, ".2f"), format(x, ".0f"), format(x, "10.3f") + "|", format(x, "<10.3f") + "|")
print(format(x, "^10.1f") + "|", format(x, "+.3f"), format(-x, ".3f"), format(x, " .1f"))
print(format(x, "e"), format(x, ".2e"), format(x, "E"), format(12345.678, ".3e"))
print(format(x, "g"), format(1e-5, "g"), format(1e16, "g"), format(123456789.0, "g"))
print(format(0.0001, "g"), format(100000.0, "g"), format(1000000.0, "g"), format(x, ".3g"))
print(format(0.25, "%"), format(0.25, ".1%"), format(1.5, ".0%"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-0.0, ".1f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(x, "010.2f"), format(-x, "010.2f"), format(x, "=+10.2f"))
print(format(float("inf"), "f"), format(float("-inf"), ".2f"), format(float("nan"), "f"))
print(format(float("inf"), "E"), format(float("nan"), "F"))
print(format(1.0), format(1e100), format(0.1, ""), format(2.0, "<6") + "|")
print(format(1.5, "n"), format(12.0, ".3"), format(0.00001234, ".2"))
print(format(100.0, "#.0f"), format(1.0, "#g"), format(5.0, ".5g"))
print(format(1e20, "f"), format(1.23e-10, "f"), format(1.23e-10, ".12f"))
print(format(7, ".3f"), format(True, ".1f"), format(2 ** 70, ".3e"))
print("{:8.3f}|{:<8.2e}|{:^9.1%}|".format(2.0, 31415.9, 0.123))
try:
    format(1.5, "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, ",,f")
except ValueError as e:
    print(type(e).__name__, e)
