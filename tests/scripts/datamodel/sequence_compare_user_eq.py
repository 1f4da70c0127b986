class Always:
    def __eq__(self, o): return True
    def __hash__(self): return 1
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"N({self.v})"
print([1, Always()] == [1, 99], (Always(),) == (5,), [N(1)] == [N(1)], [N(1)] != [N(2)])
print([N(1), N(2)] < [N(1), N(3)], [N(1)] < [N(1), N(0)], sorted([[N(2)], [N(1)]]))
print([N(1), 2] == [N(1), 2], [1, 2] == [1, 2])
