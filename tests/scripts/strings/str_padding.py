# zfill/center/ljust/rjust/expandtabs.
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3))
print("".zfill(3), "-".zfill(3), "3.14".zfill(8), "--5".zfill(4))
print("[" + "ab".center(6) + "]", "[" + "ab".center(7) + "]", "[" + "abc".center(6) + "]")
print("[" + "ab".center(7, "*") + "]", "[" + "abc".center(2) + "]", "[" + "".center(3, "-") + "]")
print("[" + "a".center(4) + "]", "[" + "ab".center(5) + "]", "[" + "abcd".center(9, ".") + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]", "[" + "ab".ljust(5, "0") + "]")
print("[" + "ab".rjust(5, "-") + "]", "[" + "abcdef".ljust(3) + "]", "[" + "x".rjust(0) + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
