import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
class Node:
    def __init__(self): self.peer = None
nodes = []
for i in range(1000):
    a = Node(); b = Node()
    a.peer = b; b.peer = a
    if i % 100 == 0:
        nodes.append(a)
print(gc.collect() >= 0)
print(len(nodes), all(n.peer.peer is n for n in nodes))
