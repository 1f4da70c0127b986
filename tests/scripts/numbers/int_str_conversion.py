# str/repr of numbers and format() of ints.
print(str(42), repr(42), str(-0), str(10 ** 25), repr(-10 ** 25))
print(format(42), format(42, "d"), format(42, "5d"), format(42, "<5d") + "|")
print(format(42, "^7") + "|", format(-42, "+d"), format(42, "+d"), format(42, " d"))
print(format(42, "05d"), format(-42, "06d"), format(42, "x"), format(255, "X"))
print(format(255, "#x"), format(255, "#X"), format(8, "#o"), format(5, "#b"))
print(format(5, "08b"), format(255, "#010x"), format(1234567, ","), format(1234567, "_"))
print(format(-1234567, ",d"), format(0xFFFFFFFF, "_x"), format(10 ** 10, ","))
print(format(42, "e"), format(42, "f"), format(42, ".2f"), format(42, "%"))
print(format(7, "c"), format(65, "c"), format(42, "=+8d"), format(42, "*>8"))
print(format(3, "n"), format(2 ** 64, "x"), format(-2 ** 64, "#b"))
print("{:d} {:x} {:o} {:b}".format(100, 100, 100, 100))
w = 5
print(f"{7:>{w}}|", f"{7:<{w - 1}}|")
try:
    format(42, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(4.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(42, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
