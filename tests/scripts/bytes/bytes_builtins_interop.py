# bytes and bytearray with builtins and other modules: iteration, reversed, sorted, struct, join.
import struct

b = bytearray(b"abc")
print(sorted(b, reverse=True), list(reversed(b)), max(b), sum(b), list(reversed(b"xy")))
print("%s|%r" % (b, b), str(b"x"), "{}".format(b"y"), f"{b!r:>20}")
print(struct.unpack("<H", bytearray(b"\x01\x02")), struct.pack("<H", 513))
print(b"ab".decode(encoding="utf-8"), "ab".encode(encoding="ascii"))
print(b"".join([bytearray(b"1")]), bytearray(b"-").join([b"a", b"b"]))
print(bytes(x for x in range(65, 68)), bytearray(map(int, ["1", "2"])))
print(dict.fromkeys([b"k"]), {bytes(b): len(b)}, [bytes([i]) for i in b])
print(isinstance(b, (bytes, bytearray)), type(b) is bytearray, bytearray is not bytes)
for i, x in enumerate(bytearray(b"hi")):
    print(i, x, chr(x))
c = bytearray(5)
for i in range(len(c)):
    c[i] = 65 + i
print(c, c.decode(), bytes(c) == c, c.count(66))
