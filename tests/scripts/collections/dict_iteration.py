# Dict iteration preserves insertion order.
d = {}
for word in ["zeta", "alpha", "mu", "beta"]:
    d[word] = len(word)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
print(sorted(d), sorted(d.values()))
d["alpha"] = 99
print(list(d))
d.pop("zeta")
d["zeta"] = 0
print(list(d.items()))
inverse = {}
for k, v in d.items():
    inverse[v] = k
print(inverse)
total = 0
for v in d.values():
    total += v
print("total", total)
groups = {}
for n in range(10):
    key = "even" if n % 2 == 0 else "odd"
    if key not in groups:
        groups[key] = []
    groups[key].append(n)
print(groups)
