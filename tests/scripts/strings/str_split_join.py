# split/rsplit/join/splitlines in their many forms.
s = "  a  b c   d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("a,b,,c".split(",", 0), "a,b,,c".split(",", -1), "".split(","), "".split())
print("abcabc".split("bc"), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("one two three".rsplit(" ", 1), "x".split("x"), "   ".split())
print("a\tb\nc\x0bd\x0ce\rf".split())
print("k=v=w".split("=", maxsplit=1), "k=v=w".rsplit(sep="=", maxsplit=1))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "-".join("abc"))
print(" ".join(("t", "u")), "|".join(["solo"]), "ab".join(["1", "2", "3"]))
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\n\nb\n".splitlines(), "a\nb".splitlines(True), "".splitlines(), "\n".splitlines())
print("trailing\n".splitlines(True))
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split(1)
except TypeError as e:
    print(type(e).__name__, e)
