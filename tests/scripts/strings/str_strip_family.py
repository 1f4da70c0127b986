# strip/lstrip/rstrip with and without chars, removeprefix/removesuffix.
s = " \t\n hello world \r\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()), "hi".strip(""), "aaa".strip("a") == "")
print("  spaced  ".strip(None), "--x--".strip("-").upper())
print("\u3000wide\u3000".strip(), "\xa0nb\xa0".strip())
print("aaab".lstrip("a"), "baaa".rstrip("a"), "abab".strip("ab") == "")
print("12300".rstrip("0"), "0.500".rstrip("0").rstrip("."), "00700".lstrip("0"))
