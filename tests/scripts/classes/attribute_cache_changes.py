# Attribute lookups through the same instruction must see every change to instances and
# classes: methods replaced or deleted, instance attributes shadowing class ones, base
# classes changed after a subclass was used, namespaces changed through __dict__.

class Base:
    kind = "base"

    def hello(self):
        return "Base.hello"


class Child(Base):
    pass


def probe(obj):
    # One LoadAttr and one LoadMethod site, used again and again.
    return obj.kind, obj.hello()


c = Child()
print(probe(c))
Base.hello = lambda self: "patched Base.hello"
print(probe(c))
Child.hello = lambda self: "Child.hello"
print(probe(c))
del Child.hello
print(probe(c))
Base.kind = "changed"
print(probe(c))
c.kind = "instance"
print(probe(c))
del c.kind
print(probe(c))
c.hello = lambda: "instance function"
print(probe(c))
del c.hello
print(probe(c))
Child.kind = "child"
print(probe(c))
Child.__dict__  # reading it changes nothing
print(probe(c))


def read_x(obj):
    return obj.x


class A:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())


# Instances whose dicts have the same keys in different orders.
for order in ["xyz", "zyx", "yxz", "x"]:
    print(read_x(A(order)))


# A method site used with instances of many classes, including classes made and freed
# in a loop (a new class may reuse a freed one's memory).
def call_f(obj):
    return obj.f()


for i in range(5):
    class Temp:
        def f(self, i=i):
            return f"Temp{i}"
    print(call_f(Temp()))
    del Temp


class P:
    def f(self):
        return "P"


class Q(P):
    pass


objs = [P(), Q(), P(), Q()]
print([call_f(o) for o in objs])
Q.f = lambda self: "Q"
print([call_f(o) for o in objs])


# Stores through a cached position.
class Counter:
    def __init__(self):
        self.a = 0
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


k = Counter()
print([k.bump() for _ in range(3)])
del k.a
print([k.bump() for _ in range(3)], vars(k))
k.__dict__.clear()
k.n = 10
print(k.bump(), vars(k))


# A property added to a class after instances were read through a cache.
class R:
    pass


r = R()
r.v = 1


def get_v(o):
    return o.v


print(get_v(r))
R.w = property(lambda self: "prop w")
print(r.w, get_v(r))


# Class attributes that are not functions: staticmethod, classmethod, plain values.
class S:
    @staticmethod
    def st():
        return "static"

    @classmethod
    def cm(cls):
        return cls.__name__

    value = 42


class T(S):
    value = 43


for o in [S(), T(), S()]:
    print(o.st(), o.cm(), o.value)


# One call site over several classes in turn (the cache keeps a few at once), with
# instance dicts of different layouts and a class changed while all are cached.
class K1:
    def __init__(self):
        self.a, self.b = 1, 2

    def m(self):
        return "K1.m"


class K2(K1):
    def __init__(self):
        self.b, self.a = 3, 4

    def m(self):
        return "K2.m"


class K3(K1):
    pass


class K4(K2):
    def __init__(self):
        self.z = 0
        super().__init__()


class K5:
    a = "class a"
    b = "class b"

    def m(self):
        return "K5.m"


def visit(objs):
    return [(o.m(), o.a, o.b) for o in objs]


objs = [K1(), K2(), K3(), K4(), K5(), K1(), K4()]
print(visit(objs))
print(visit(objs))
K1.m = lambda self: "new K1.m"
print(visit(objs))
objs[2].m = lambda: "instance m"
objs[4].a = "instance a"
print(visit(objs))
