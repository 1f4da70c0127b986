# int() from strings with bases, and bin/hex/oct.
print(int("42"), int("-42"), int("  17  "), int("+5"), int("0"))
print(int("1_000_000"), int("ff", 16), int("FF", 16), int("777", 8))
print(int("1010", 2), int("z", 36), int("Z", 36), int("10", 36))
print(int("0x1f", 16), int("0o17", 8), int("0b101", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("123", 0))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("12", base=3))
print(bin(0), bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255))
print(hex(0), oct(0), hex(2 ** 64), bin(2 ** 10))
print(0x10, 0o10, 0b10, 0XAB, 0O7, 0B1)
for s, base in [("12", 2), ("", 10), ("1.5", 10), ("abc", 10), ("0x10", 10),
                ("9", 8), ("1__0", 10), ("_1", 10), ("010", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("5", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
