# Slices of lists and tuples produce copies.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::3], a[1::3], a[::-1], a[::-3], a[8:2:-2])
print(a[5:5], a[7:3], a[-1:-4:-1])
b = a[2:6]
b[0] = "changed"
print(a[2], b)
t = tuple(a)
print(t[1:4], t[::-4], t[-2:])
rev = a[::-1]
print(rev[0], rev[-1], len(rev))
half = len(a) // 2
print(a[:half], a[half:])
words = ["w0", "w1", "w2", "w3"]
print(words[1:3] + words[:1], words[-1:] * 2)
