# operator.itemgetter, attrgetter (dotted names) and methodcaller
from operator import attrgetter, itemgetter, methodcaller

rows = [("bob", 25, "x"), ("alice", 30, "y"), ("carol", 25, "z")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)("abc"), itemgetter(-1, 0)("abc"), itemgetter("k")({"k": 1}))
print(list(map(itemgetter(0), rows)), itemgetter(1, 1)([5, 6]))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter((1, 2))))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Box:
    def __init__(self, name, corner):
        self.name = name
        self.corner = corner

    def area(self, scale=1, *, extra=0):
        return (self.corner.x * self.corner.y) * scale + extra

    def describe(self):
        return "box " + self.name


boxes = [Box("b", Point(3, 1)), Box("a", Point(1, 2)), Box("c", Point(2, 0))]
print([b.name for b in sorted(boxes, key=attrgetter("corner.x"))])
print([b.name for b in sorted(boxes, key=attrgetter("corner.y", "name"))])
print(attrgetter("name")(boxes[0]), attrgetter("name", "corner.x", "corner.y")(boxes[1]))
print(repr(attrgetter("a.b", "c")), repr(attrgetter("x")))

print(methodcaller("describe")(boxes[0]), methodcaller("area", 10)(boxes[0]))
print(methodcaller("area", 2, extra=5)(boxes[1]))
print(list(map(methodcaller("upper"), ["ab", "cd"])), methodcaller("split", ",")("a,b"))
print(repr(methodcaller("f", 1, "two", k=2)), repr(methodcaller("g")))

for make in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1),
             lambda: methodcaller(), lambda: methodcaller(1),
             lambda: itemgetter(5)([1]), lambda: itemgetter("z")({}),
             lambda: attrgetter("nope")(boxes[0]), lambda: attrgetter("corner.z")(boxes[0]),
             lambda: methodcaller("nope")(1), lambda: itemgetter(1)(1, 2),
             lambda: attrgetter("x")(), lambda: methodcaller("describe", 1)(boxes[0])]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__ + ":", e)
