b = bytes([104, 105, 32, 33])
print(b, bytes(3), bytes("héllo", "utf-8"), bytes(b"x"), bytes())
print(b.decode(), "héllo".encode().decode("utf-8"), b.hex(), b.upper(), b"ABC".lower())
print(b"a,b,,c".split(b","), b"  x y ".split(), b"-".join([b"a", b"b"]), b"  pad ".strip())
print(b"hello".find(b"ll"), b"hello".find(b"z"), b"banana".count(b"an"), b"aXbX".replace(b"X", b"--"))
print(b"abc".startswith(b"ab"), b"abc".endswith(b"bc"), b"123".isdigit(), b"ab".isalpha())
print(type(b).__name__, isinstance(b, bytes), len(bytes(5)))
try:
    bytes([300])
except ValueError as e:
    print(e)
try:
    bytes("x")
except TypeError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeError as e:
    print(type(e).__name__)
