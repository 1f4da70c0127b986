# Concatenation, repetition, comparison and membership of strings.
print("ab" + "cd", "ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "Z" < "a" < "é")
print("abc" == "abc", "abc" != "ABC", "a" <= "a", "b" >= "a", "10" < "9")
print(sorted(["banana", "Apple", "cherry", "apple", "_x", "10", "9"]))
print(max("hello"), min("hello"), max(["ab", "b", "abc"]), min("zyx", "zz"))
s = "ab"
s += "cd"
s *= 2
print(s, len(s), s.count("ab"))
print("a" "b" "c", ("multi"
      "line"))
print(hash("abc") == hash("ab" + "c"), "abc" is not None)
print(str(), str(5), str(1.5), str([1, "a"]), str(None), str(b"x"), str(str))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("back\\slash"))
print(repr("\t\n\r\x00\x1b"), repr("é日😀"))
for a, b in [("a", 1), (1, "a"), ("a", None), ("a", [1])]:
    try:
        print(a + b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("a" * "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" - "b")
except TypeError as e:
    print(type(e).__name__, e)
