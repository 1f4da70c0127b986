# repr() of containers runs the __repr__ of the user objects inside them.
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x})"
ps = [P(1), P(2)]
d = {"a": P(3), P(4): [P(5), (P(6),)]} if False else {"a": P(3), "b": [P(5), (P(6),)]}
print(ps, d)
print(str(ps), repr(d), f"{ps}")
print([ps, ps], (P(7),), {P(8): 1} if False else {1: P(8)})
class N:
    pass
print([N()][0].__class__.__name__, len(str([N()])) > 10)
