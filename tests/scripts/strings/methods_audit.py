s = "Hello, World"
print(s[::-1], s[1:8:2], s[-3:], s.split(", "), s.rsplit("o", 1), "a b  c".split(), ",".join("abc"))
print(s.strip("Hd"), "  x ".lstrip(), "x  ".rstrip() + "|", s.replace("l", "L", 2), s.find("o"), s.rfind("o"), s.index("W"), s.count("l"))
print(s.startswith(("He", "x")), s.endswith("ld"), s.upper(), s.lower(), "hello world".title(), "hELLO".capitalize(), "AbC".swapcase())
print("123".isdigit(), "abc".isalpha(), "a1".isalnum(), " ".isspace(), "abc".islower(), "ABC".isupper(), "Ab Cd".istitle(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "x_1".isidentifier())
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "-"), "ab".rjust(4), "a=b=c".partition("="), "a=b=c".rpartition("="))
print("l1\nl2\r\nl3\n".splitlines(), "l1\nl2".splitlines(True), "{} {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{x}".format(x=5), "{:>{w}}".format("r", w=4))
print("%s=%d (%.2f) %r %x %o %e %%" % ("a", 5, 3.14159, "q", 255, 8, 12345.678), "%-5s|%5s|" % ("ab", "cd"), "%(a)s" % {"a": 1}, "%c" % 65)
print(ord("é"), chr(9731), "é" in "café", len("日本語"), "日本語"[1], "ß".upper(), "ǅ".lower(), "İ".lower(), "ﬁ".upper())
print(f"{'x'!r:>5}", f"{3+4=}", f"{'abc':.2}", f"{10:#o}", f"{1e6:,.0f}", f"{0.000123:.2e}", f"{-0.0}", f"{1/3:.10f}", f"{12345:_x}")
print("a\tb".expandtabs(4), "abc".encode(), "tEsT".casefold(), "abc".removeprefix("a"), "abc".removesuffix("c"), str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy")))
print("x".join(["1", "2"]), "a,b,,c".split(","), "a,b,c".split(",", 1), "  a  b  ".split(None, 1), "abc".split("b"), "".split(), "".split(","))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\n\t\\"), repr("é€😀"), ascii("é€"), str(1.0), str([1, "a"]), "%5.1f%%" % 99.55)
print(sorted("bca"), "abc" < "abd", "Z" < "a", "abc" * 0, "-" * 5, "abc"[5:], "abc"[-10:2], min("bca"), max(["b", "a"]))
for e in ['"abc"[5]', '"abc".index("z")', '"a" + 1', 'int("4.5")', '"abc"[1] = "x"', '"{}".format()', '"{0} {}".format(1, 2)', '"%d" % "x"', '"%s %s" % (1,)', 'ord("ab")', 'chr(-1)', '"x".join([1])']:
    try:
        print(eval(e) if "=" not in e or "==" in e else exec(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
