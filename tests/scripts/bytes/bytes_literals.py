# bytes literals, their repr and escapes.
print(b"hello", b'single', b"", b"\x00\x7f\x80\xff", b"\n\t\r\x0b\x0c")
print(b"quote'", b'dq"', b"both'\"", b"\\", b"\x41\102C", b"\u0041")
print(rb"\n", br"\x41", Rb"\\", bR"raw", len(rb"\\"), len(b"\\"))
print(b"abc" b"def", (b"multi"
      b"line"))
print(b"""triple
quoted""")
print(repr(b"x"), str(b"x"), f"{b'xy'}", f"{b'xy'!r}", f"{b'a':>3}" if False else "-")
print(len(b""), len(b"abc"), len(b"\x00\x00"), bool(b""), bool(b"\x00"))
print([b"a", b"b"], (b"t",), {b"k": b"v"})
print(b"caf\xc3\xa9", b"\xe6\x97\xa5")
print(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
print(b" !#$%&()*+,-./:;<=>?@[]^_`{|}~")
print("é日😀".encode(), "".encode(), "abc".encode("utf-8") == b"abc")
print("x".encode(encoding="utf-8"), "naïve".encode("utf-8"), len("😀".encode()))
