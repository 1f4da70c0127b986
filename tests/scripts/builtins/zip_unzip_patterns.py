# Common zip/enumerate/dict idioms.
names = ["ann", "bob", "cid"]
ages = [31, 25, 40]
print(list(zip(names, ages)), dict(zip(names, ages)))
pairs = list(zip(names, ages))
unzipped_names, unzipped_ages = zip(*pairs)
print(unzipped_names, unzipped_ages)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
print([sum(col) for col in zip(*matrix)], [max(row) for row in matrix])
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n.title(), a)
print({n: i for i, n in enumerate(names)}, list(enumerate(zip("ab", "cd"))))
diffs = [b - a for a, b in zip(ages, ages[1:])]
print(diffs)
windows = list(zip(names, names[1:], names[2:]))
print(windows)
print(sorted(zip(ages, names)), max(zip(ages, names)), min(zip(ages, names))[1])
print(list(zip(range(3), "abcdef", [True] * 10)), list(zip([], [1])))
transposed = dict(zip(*[("k1", "k2"), (1, 2)]))
print(transposed)
lookup = dict(zip("abc", range(3)))
print([lookup.get(ch, -1) for ch in "cabz"])
