# Dicts keep insertion order across updates, deletes and re-inserts.
d = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    d[word] = d.get(word, 0) + 1
print(d)
print(list(d)[:3], list(d.values())[-3:])
del d["quick"]
d["quick"] = 99
print(list(d))
d["the"] = 0
print(list(d)[0], d["the"])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {}
for key, value in counts.items():
    inv.setdefault(value, []).append(key)
print(inv)
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares, {v: k for k, v in squares.items()})
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid[(1, 2)], list(grid)[:4], len(grid))
print({1: "a", 1.0: "b", True: "c"})
