l = [[1], 2]
try:
    l.remove(l)
except ValueError as e:
    print("ValueError", e)
print(l.index(2), l.count([1]), [1, 2, 1].count(1), [3, 1, 2].index(1, 1, 3))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v, o); return self.v == o
a = [1, E(2), 3]
print(a.index(1), a.index(3), a.count(2))
a.remove(3)
print(len(a))
e = E(5)
b = [e, 1]
b.remove(e)
print(len(b))
