# Length, indexing and iteration count code points, not bytes.
words = ["abc", "héllo", "日本語", "😀😃", "e\u0301", "ﬁ", "Ωmega", ""]
for w in words:
    print(repr(w), len(w), len(w.encode("utf-8")), [ord(c) for c in w][:3], w[::-1])
s = "añ日😀"
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
print(s.upper(), s.find("😀"), s.index("日"), s.split("日"), s.replace("ñ", "n"))
print("😀" * 3, len("😀" * 3), ("😀" * 3)[1:], "x😀y".center(7, "·"))
print(s.encode("utf-8"), s.encode())
print("ÄÖÜ".lower(), "straße".title(), "éa" < "eb", sorted("éeèa"))
print(f"{'日本':>6}|{'😀':^5}|{'ñ':*<3}|")
print("ab\u00e9" == "abé", "\N{GREEK SMALL LETTER ALPHA}", "\u03b1\u03b2", "\U0001F40D")
