print(2**100, -7//2, -7%2, 7//-2, divmod(-7, 2), divmod(7.5, 2), pow(3, 4, 5), pow(2, -1, 7))
print(int("ff", 16), int("0x1f", 0), int("  42 "), int("1_000"), int("-0b101", 0), bin(10), hex(-255), oct(8))
print(True + True, True * 3, isinstance(True, int), int(True), 1 << 70, -1 >> 1, ~5, 5 & 3, 5 | 3, 5 ^ 3)
print(0.1 + 0.2, 1e16, 1e-7, float("inf"), -float("inf"), float("nan"), 1/3, 2.5e-300*1e-300, 1e308*10)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5), round(5, 1), round(2.5, 0))
print(-7.5 // 2, -7.5 % 2, 7 % -3.0, 3 == 3.0, 1 < 1.5, 2**0.5, 10**-2, (-8) ** (1/3) if False else 0)
for e in ["1/0", "1//0", "1%0", "1.0/0", "divmod(1, 0)", "0**-1", "1.0//0.0", "pow(2, 3, 0)", "int('abc')", "int('12', 1)", "float('x')", "2**10000.0"]:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(hash(1) == hash(1.0), hash(-1), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as ex:
    print(ex)
print(abs(-5), abs(-2.5), abs(True), int(3.99), int(-3.99), float(7), float(" 1.5 "), float("1e3"), int(1e20))
print(10/4, 10/5, 7.0, 1e22, 1.5e-5, 123456789012345678.0, 0.0001, -0.0, 100.0, 1e15, 12345678901234567890.0)
print(f"{3.14159:.2f}", f"{1234567:,}", f"{0.5:%}", f"{42:08b}", f"{255:#x}", f"{3:>5}|{3:<5}|{3:^5}", f"{-3.5:+.1e}", f"{1e-5:g}", f"{123.456:g}")
print(format(1234.5678, ",.2f"), format(5, "03d"), format("x", "*^7"), "{:_}".format(10**6), f"{12:n}", f"{True}", f"{None!r}")
print(7 .bit_length(), (3.5).is_integer())
print(max(1, 2.5), min([3, 1, 2]), sum([0.1] * 10), sum(range(10), 100), max("abc"), min([], default=0), max([1, 3], key=lambda x: -x))
print(int.__name__, float(2**53 + 1), 2**53 + 1.0, 9007199254740993, 1e100 == 10**100, 10**100 == 1e100)
print(complex if False else "", 17 // 5.0, 3 * "ab", [0] * 3, (1,) * 2, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
