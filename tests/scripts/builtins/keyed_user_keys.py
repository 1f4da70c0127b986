class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(sorted([3, 1, 2], key=K), max([3, 1, 2], key=K), min([3, 1, 2], key=K))
l = [5, 9, 1]; l.sort(key=K, reverse=True); print(l)
print(sum((x for x in range(3)), 10), sorted((x for x in [3,1,2]), reverse=True))
