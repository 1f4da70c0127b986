class Always:
    def __eq__(self, o): return True
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
print([Always()].count(3), [1, 2, 3].index(Always()), [N(1), N(2), N(1)].count(N(1)), [N(5), N(6)].index(N(6)))
l = [N(1), N(2)]; l.remove(N(2)); print(len(l), l[0].v)
try:
    [N(1)].index(N(9))
except ValueError as e:
    print("ValueError")
try:
    [N(1)].remove(N(9))
except ValueError as e:
    print(e)
print([1, 2, 1].count(1), [3, 4].index(4))
