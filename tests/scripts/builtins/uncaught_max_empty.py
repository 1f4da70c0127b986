# max() of an empty sequence without default, uncaught.
groups = [[3, 1], [7], []]
for g in groups[:2]:
    print(max(g), min(g))
print(max(groups[2], default=None))
print(max(groups[2]))
