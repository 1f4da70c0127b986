# +, *, comparisons, membership and hashing of bytes.
a = b"abc"
print(a + b"def", a * 2, 3 * b"-", b"x" * 0, b"x" * -1, a + b"")
print(a == b"abc", a != b"abd", a < b"abd", a < b"ab", b"" < b"\x00", b"\xff" > b"\x7f")
print(b"b" > b"abc", a <= a, a >= b"abc", b"A" < b"a")
print(sorted([b"b", b"a", b"ab", b""]), max([b"x", b"xy"]), min(b"q", b"p"))
print(b"b" in a, 98 in a, 120 in a, b"bc" in a, b"" in a, b"ac" in a)
print(a == "abc", a == [97, 98, 99], b"a" == 97, a != "abc")
print(hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"], {a: "v"}.get(b"abc"))
c = b"x"
c += b"y"
c *= 2
print(c, len(c))
try:
    print(a + "d")
except TypeError as e:
    print(type(e).__name__)
try:
    print(a < "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a - b"a")
except TypeError as e:
    print(type(e).__name__, e)
