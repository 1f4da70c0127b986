b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" H"))
print(b"a,b,,c".split(b","), b"a b  c ".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b" a b c ".rsplit(None, 1), b"a b c".split(maxsplit=1))
print(b"line1\nline2\r\nline3".splitlines(), b"x\ny\n".splitlines(True))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".find(b"l", 3), b"hello".find(b"z"))
print(b"hello".index(b"e"), b"hello".rindex(b"l"), b"hello".count(b"l"), b"aaa".count(b"a", 1))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2))
print(b"hello world".title(), b"hello".capitalize(), b"HeLLo".swapcase(), b"Hi".upper(), b"Hi".lower())
print(b"abc".replace(b"b", b"BB"), b"aaaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"))
print(b"a=b".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"ab".center(7, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-42".zfill(6), b"abc".center(6))
print(b"prefix_rest".removeprefix(b"prefix_"), b"file.txt".removesuffix(b".txt"))
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b"  ".isspace(), b"abc".islower(), b"ABC".isupper(), b"\xff".isascii())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"\x00\xff".hex(), b"abc".hex(":"))
print(b"caf\xc3\xa9".decode("utf-8"), "café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "abc".encode("ascii"))
print(b"abc"[1], b"abc"[-1], b"abcdef"[1:4], b"abcdef"[::2], b"abc" * 2, 3 * b"ab")
print(b"abc" < b"abd", b"abc" == b"abc", b"a" in b"abc", 97 in b"abc", len(b"\x00\x01"))
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(range(65, 70)), bytes(b"x"), bytes())
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], sorted([b"b", b"a", b"c"]))
print(b"%s and %d" % (b"x", 5) if False else "skip")
print(repr(b"quote'"), repr(b'dq"'), repr(b"both'\""), repr(b"\t\n\r\\"), b"\x80abc")
for e in ["b'abc'.find('a')", "b'abc'.startswith('a')", "b'abc'.split('a')", "b','.join(['a'])",
          "b'abc'.index(b'z')", "'é'.encode('ascii')", "b'\\xff'.decode()", "b'\\xe9'.decode('ascii')",
          "b'abc' + 'a'", "bytes(3.5)", "b'a'.center(5, 'x')", "bytes.fromhex('zz')", "b'x'[5]",
          "'x'.encode('nope')", "b'a' < 'a'", "bytes([256])", "bytes(['a'])", "b'\\xc3'.decode()",
          "b'\\xc3\\x28'.decode()"]:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
print("é€😀".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
try:
    "€".encode("latin-1")
except UnicodeEncodeError as ex:
    print(ex)
try:
    "😀".encode("ascii")
except UnicodeEncodeError as ex:
    print(ex)
