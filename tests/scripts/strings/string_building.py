# Building strings: padding by hand, joining, reversing words.
def pad_left(s, width):
    while len(s) < width:
        s = " " + s
    return s

for word in ["a", "abc", "abcdef"]:
    print("[" + pad_left(word, 5) + "]")

sentence = "the rain in spain stays mainly"
words = sentence.split()
rev = []
i = len(words) - 1
while i >= 0:
    rev.append(words[i])
    i -= 1
print(" ".join(rev))

caps = []
for w in words:
    caps.append(w[0].upper() + w[1:])
print(" ".join(caps))

counts = {}
for ch in sentence.replace(" ", ""):
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

vowels = 0
for ch in sentence:
    if ch in "aeiou":
        vowels += 1
print("vowels:", vowels)
csv = "name,age\nada,36\nbob,7"
for row in csv.split("\n"):
    fields = row.split(",")
    print(fields[0].upper(), fields[1])
