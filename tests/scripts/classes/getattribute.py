# A class's own __getattribute__ runs for every attribute access on its instances.
class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return "m"


o = Logged()
print(o.x)
print(o.method())
print(getattr(o, "x"), hasattr(o, "nope"), getattr(o, "nope", "dflt"))
try:
    o.missing
except AttributeError as e:
    print("AttributeError", e)


class Fallback:
    def __getattribute__(self, name):
        if name.startswith("v"):
            return name.upper()
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


f = Fallback()
print(f.value, f.other)
f.z = 3
print(f.z)


class Child(Logged):
    pass


c = Child()
print(c.x)


class Plain:
    def __init__(self):
        self.a = 5


# A class without __getattribute__ keeps the usual path, also at the same call site.
for obj in (Plain(), Logged(), Plain()):
    print(obj.__class__.__name__)


class Counter:
    count = 0

    def __getattribute__(self, name):
        Counter.count += 1
        return super().__getattribute__(name)


k = Counter()
k.y = 1
for _ in range(3):
    k.y
print(Counter.count)


def late(self, name):
    return 42


class Late:
    pass


la = Late()
la.q = 1
print(la.q)
Late.__getattribute__ = late
print(la.q, la.anything)
