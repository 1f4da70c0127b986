# String concatenation, repetition, comparison and iteration.
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, repr("" * 5))
print(a + " " + b + "!")
print(a < b, a > b, a == "foo", a != "foo", "a" < "aa")
print(min("zebra", "apple", "mango"), max(["x", "xy", "w"]))
print(sorted(["pear", "apple", "fig"]), sorted("hello"))
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
chars = []
for ch in "Baton":
    chars.append(ch)
print(chars, "".join(chars))
print("".join(sorted("dcba")))
print(str(12) + str(3.5) + str(None) + str(False))
print("-" * 20)
print("ab" in "cabd", "ba" not in "cabd")
line = "=" * 3 + " title " + "=" * 3
print(line, len(line))
