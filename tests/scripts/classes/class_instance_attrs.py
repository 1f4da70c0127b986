# Class attributes vs instance attributes: lookup order, shadowing, sharing.
class Counter:
    created = 0
    shared = []
    label = "class label"
    def __init__(self, name):
        self.name = name
        Counter.created += 1
        self.shared.append(name)

a = Counter("a")
b = Counter("b")
print(Counter.created, a.created, b.created)
print(a.shared is b.shared, Counter.shared)
a.label = "instance label"
print(a.label, b.label, Counter.label)
Counter.label = "new class label"
print(a.label, b.label)
a.created = 100
print(a.created, b.created, Counter.created)
print(sorted(a.__dict__), sorted(b.__dict__))
print("label" in Counter.__dict__, "name" in Counter.__dict__)
Counter.extra = lambda self: "extra for " + self.name
print(a.extra(), b.extra())
def describe(self):
    return f"<{self.name}>"
Counter.describe = describe
print(a.describe())
b.name = "bee"
print(b.describe(), b.__dict__["name"])
class Sub(Counter):
    label = "sub label"
s = Sub("s")
print(s.label, s.created, Counter.created, Sub.created)
Sub.created = -1
print(Sub.created, Counter.created)
print(getattr(a, "name"), getattr(a, "missing", "default"))
setattr(a, "dyn", 7)
print(a.dyn, hasattr(a, "dyn"), hasattr(b, "dyn"))
try:
    print(b.nothing)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Counter.nothing)
except AttributeError as e:
    print("AttributeError:", e)
class Point:
    x = 0
    y = 0
p = Point()
p.x += 5
print(p.x, Point.x, p.__dict__)
