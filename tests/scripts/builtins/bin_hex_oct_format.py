# bin/hex/oct and format() with many specs.
for n in [0, 1, 7, 255, -255, 4096, 2 ** 40, -(2 ** 65)]:
    print(n, bin(n), oct(n), hex(n))
print(format(10, "b"), format(10, "#b"), format(10, "o"), format(10, "#o"), format(10, "x"))
print(format(3.5), format("s"), format("abc", ">5"), format([1], ""), format(None))
print(format(1234.5, ",.1f"), format(0.5, ".0%"), format(-7, "+"), format(7, "+"))
print(format("left", "<8") + "|", format("mid", "^9") + "|", format("x", "-^5"))
print(format(True), format(False, "d"), format(True, ">6"))
print(bin(True), hex(False), oct(True))
for bad in [lambda: bin(1.5), lambda: hex("a"), lambda: oct(None), lambda: format(1, "q"),
            lambda: format("s", "d"), lambda: format("s", "+"), lambda: bin()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
