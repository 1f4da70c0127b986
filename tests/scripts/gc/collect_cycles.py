import gc
gc.disable()
class Node:
    pass
for i in range(200000):
    a = Node(); b = Node(); a.other = b; b.other = a
    l = [1]; l.append(l)
    d = {}; d["self"] = d
print(gc.isenabled())
gc.enable()
print(gc.collect() > 0)
x = Node(); y = Node(); x.y = y; y.x = x
keep = [x]
gc.collect()
print(keep[0].y.x is x)
