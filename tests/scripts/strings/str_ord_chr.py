# ord/chr across ASCII, Latin-1, BMP and astral planes.
for c in ["A", "a", "0", " ", "\n", "\x00", "é", "ß", "€", "日", "😀", "\U0010ffff"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print(chr(65), chr(97), chr(48), repr(chr(0)), repr(chr(127)), repr(chr(9)))
print(chr(233), chr(8364), chr(0x65E5), chr(0x1F600))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - ord("0") for c in "2024"])
print(sum(ord(c) for c in "hello"), max("hello", key=ord), min("Hello"))
for bad in ["", "ab", 5, None]:
    try:
        print(ord(bad))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [-1, 0x110000, 2 ** 70]:
    try:
        print(chr(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(65.0)
except TypeError as e:
    print(type(e).__name__, e)
