# Using a list as a dict key is an uncaught TypeError.
seen = {}
for pair in [(1, 2), (3, 4)]:
    seen[pair] = sum(pair)
print(seen)
key = [5, 6]
seen[key] = 11
