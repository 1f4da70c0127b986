# str.encode() gives UTF-8 bytes; inspect them byte by byte.
for text in ["A", "é", "€", "日", "😀", "aé€😀"]:
    data = text.encode("utf-8")
    print(repr(text), data, len(text), len(data), [hex(x) for x in data])
data = "héllo".encode()
print(data[1], data[1:3], data[1] >> 5, data[0] & 0x7F)
count = 0
for x in "naïve café".encode():
    if x >= 0x80:
        count += 1
print(count)
parts = []
for x in b"Hi!":
    parts.append(chr(x))
print("".join(parts), "-".join(str(x) for x in b"\x01\x02"))
print(b"%s" if False else "ok", "abc".encode() + "def".encode())
