# replace, case conversions and swapcase.
s = "Hello World, hello Python"
print(s.replace("hello", "bye"), s.replace("l", "L", 2), s.replace("o", "0", 0))
print(s.replace("", "-"), "abc".replace("", "|", 2), "aaa".replace("a", "aa"))
print("aaaa".replace("aa", "b"), "x".replace("x", ""), s.replace("zzz", "y"))
print(s.upper(), s.lower())
print("hello wORLD".title(), "they're bill's".title(), "hello_world-foo bar2baz".title())
print("hELLO wORLD".capitalize(), "123abc".capitalize(), "".capitalize(), "a".capitalize())
print("ß".upper(), "straße".upper(), "İ".lower() == "i̇")
print("Σ".lower(), "ΑΒΓ".lower(), "ﬁ".upper(), "éèê".upper())
print("hello".upper().lower().title(), "a-b_c d".title())
print(s.lower().count("hello"), s.upper().startswith("HELLO"))
print("x".replace("x", "y", -1), "xxx".replace("x", "y", -1))
print(s.replace(" ", ""))
try:
    s.replace("a")
except TypeError as e:
    print(type(e).__name__, e)
