import string

cases = [
    ("hello world", None),
    ("  hello   wORLD  ", None),
    ("", None),
    ("a", None),
    ("the quick brown fox", None),
    ("hello-world-foo", "-"),
    ("a,,b", ","),
    ("x y", ""),
    ("ÉCOLE élève", None),
    ("tab\tseparated\nlines", None),
    ("123abc DEF", None),
]
for s, sep in cases:
    try:
        if sep is None:
            print(repr(string.capwords(s)))
        else:
            print(repr(string.capwords(s, sep)))
    except ValueError as e:
        print("ValueError", e)
print(repr(string.capwords("one two", sep=None)))
print(repr(string.capwords(s="keyword arg")))
try:
    string.capwords(5)
except AttributeError as e:
    print("AttributeError", e)
try:
    string.capwords()
except TypeError as e:
    print("TypeError", e)
