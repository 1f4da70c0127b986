# enumerate, zip, sorted, min, max, sum over collections.
names = ["ann", "bob", "cat"]
ages = [31, 25, 47]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 1):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(names, ages)))
print(list(enumerate("ab")))
print(list(zip([1, 2, 3], "ab", (True, False, None))))
print(dict(zip(names, ages)))
print(sum(ages), min(ages), max(ages), sorted(ages))
oldest = names[0]
best = ages[0]
for name, age in zip(names, ages):
    if age > best:
        best = age
        oldest = name
print("oldest:", oldest, best)
print(max(names), min("hello"), sum([]), sum([0.5, 0.25]))
print(sorted([3, 1.5, -2, 0]), sorted(["b", "B", "a", "A"]))
