# Set algebra and container equality with members whose __eq__/__hash__ are script code.
class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __repr__(self):
        return f"P({self.x})"


a = {P(1), P(2)}
b = {P(2), P(3)}
print(sorted(p.x for p in a | b), sorted(p.x for p in a & b), sorted(p.x for p in a - b))
print(sorted(p.x for p in a ^ b))
print(sorted(p.x for p in a.union(b)), sorted(p.x for p in a.intersection(b)))
print(sorted(p.x for p in a.difference(b)), sorted(p.x for p in a.symmetric_difference(b)))
print(a == {P(1), P(2)}, a != {P(1), P(2)}, a <= {P(1), P(2), P(3)}, a < a, a.issubset(a | b))
print(a.isdisjoint(b), a.isdisjoint({P(7)}), frozenset(a) == a)
c = set(a)
c |= b
print(len(c))
c &= {P(1), P(3)}
print(sorted(p.x for p in c))
c -= {P(1)}
print(sorted(p.x for p in c))
c.update([P(3), P(4)])
print(sorted(p.x for p in c))
print({P(1): 1} == {P(1): 1}, {P(1): 1} == {P(1): 2}, [P(1)] == [P(1)], (P(1),) == (P(1),))
print({(P(1), 1)} == {(P(1), 1)}, {P(1): [P(2)]} == {P(1): [P(2)]})
