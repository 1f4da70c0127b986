# Dict keys and set members of classes with __hash__/__eq__ defined in script code.
from collections import namedtuple
from dataclasses import dataclass


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        print("eq", self.x, getattr(other, "x", other))
        return isinstance(other, P) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __repr__(self):
        return f"P({self.x})"


d = {P(1): "a"}
d[P(1)] = "b"
print(d, len(d))
print(P(1) in d, P(2) in d, P(2) not in d)
print(d[P(1)], d.get(P(1)), d.get(P(5), "none"))
d[P(2)] = "c"
del d[P(1)]
print(d)
try:
    d[P(9)]
except KeyError as e:
    print("KeyError", e.args)
try:
    del d[P(9)]
except KeyError as e:
    print("KeyError", e.args)
print(d.pop(P(2)), d, d.pop(P(3), "dflt"))
print(d.setdefault(P(4), 4), d.setdefault(P(4), 5), d)
print({P(1): 1, P(1): 2})
print({P(i % 2): i for i in range(4)})
print(dict([(P(1), 1), (P(1), 2)]), dict.fromkeys([P(1), P(1), P(2)]))
e = {}
e.update({P(3): 3})
e.update([(P(3), 4)])
print(e, {**e, **{P(3): 5}})

# int keys equal to objects: CPython compares them too
print({1: "one"}.get(P(1), "missing"))

s = {P(1), P(1), P(2)}
print(len(s), P(1) in s, P(3) in s)
s.add(P(2))
s.discard(P(1))
print(len(s), sorted(p.x for p in s))
try:
    s.remove(P(7))
except KeyError as e:
    print("KeyError", e.args)
print(len(set([P(5), P(5)])), len(frozenset([P(5), P(5)])), len({P(k % 3) for k in range(9)}))

# tuples holding such objects
t = {(P(1), 2): "t"}
print(t[(P(1), 2)], (P(1), 2) in t, hash((P(1), 2)) == hash((P(1), 2)))

Point = namedtuple("Point", "x y")
nd = {Point(1, 2): "p"}
nd[Point(1, 2)] = "q"
print(nd, Point(1, 2) in nd, len({Point(0, 0), Point(0, 0)}))


@dataclass(frozen=True)
class F:
    a: int
    b: str


fd = {F(1, "x"): 1}
fd[F(1, "x")] += 1
print(fd, F(1, "x") in {F(1, "x")}, hash(F(1, "x")) == hash(F(1, "x")))


class Eq:
    def __eq__(self, other):
        return True


class NoHash:
    __hash__ = None


for cls in (Eq, NoHash):
    for what in ("hash", "dict", "set"):
        try:
            if what == "hash":
                hash(cls())
            elif what == "dict":
                {cls(): 1}
            else:
                {cls()}
        except TypeError as e:
            print(what, e)
print(Eq.__hash__)


class Bad:
    def __hash__(self):
        return "x"


try:
    {Bad(): 1}
except TypeError as e:
    print(e)


class Boom:
    def __hash__(self):
        raise ValueError("no hash today")


try:
    {Boom()}
except ValueError as e:
    print(e)


class EqBoom:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise RuntimeError("no eq today")


k = EqBoom()
d = {k: 1}
print(d[k])
try:
    d[EqBoom()]
except RuntimeError as e:
    print(e)


class Big:
    def __hash__(self):
        return 2 ** 70


class MinusOne:
    def __hash__(self):
        return -1


print(hash(Big()) == hash(2 ** 70), hash(MinusOne()), hash(True))
