# Augmented assignment on names, list items and dict items.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x **= 3
print(x)
x %= 7
print(x)
x /= 2
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
a = [1, 2, 3]
a[0] += 10
a[-1] *= 5
a[1] -= 2
print(a)
d = {"k": 1, "n": 2.5}
d["k"] += 100
d["n"] *= 2
d["k"] //= 3
print(d)
b = a
a += [99]
print(a, b, len(b))
t = (1, 2)
t += (3,)
print(t)
counts = {}
for w in ["a", "b", "a", "c", "a", "b"]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
n = 2 ** 62
n += n
print(n)
