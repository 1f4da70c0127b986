# Indexing and slicing strings.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[1:3], s[:4], s[6:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[7:2:-1], s[8:1:-3])
print(repr(s[5:2]), repr(s[20:]), s[-100:3], s[3:100])
print(s[2:8:2], s[-1:-5:-1])
word = "racecar"
print(word == word[::-1], "python" == "python"[::-1])
print(len(s), len(""), len(s[2:5]))
for i in range(0, len(s), 3):
    print(s[i:i + 3])
