# Assignment expressions (:=) in conditions, comprehensions and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
it = iter(data)
total = 0
while (v := next(it, None)) is not None:
    total += v
print(total, v)
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
print([last := i for i in range(4)], last)
def f(v):
    print("f called", v)
    return v * 10
results = [r for v in [1, 2, 3] if (r := f(v)) != 20]
print(results)
print((z := 5), z + 1)
print(max(a := 3, 7), a)
def scope():
    [q := 7 for _ in range(1)]
    return q
print(scope())
matched = None
for word in ["apple", "kiwi", "banana"]:
    if (k := len(word)) == 4:
        matched = (word, k)
print(matched)
g = [(a, b) for a in range(3) if (b := a * a) % 2 == 0]
print(g)
x = 0
print(x if (x := 9) else -1, x)
def counter():
    count = 0
    def bump():
        nonlocal count
        return (count := count + 1)
    bump(); bump()
    return bump(), count
print(counter())
