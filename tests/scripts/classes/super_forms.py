# super() with no arguments, two arguments, in classmethods and through chains.
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls, v):
        return cls(v)
    @classmethod
    def kind(cls):
        return "kind of " + cls.__name__
class Mid(Base):
    def __init__(self, x):
        print("Mid.__init__ start")
        super().__init__(x * 2)
        print("Mid.__init__ end")
    def hello(self):
        return "Mid>" + super().hello()
    @classmethod
    def kind(cls):
        return "mid:" + super().kind()
class Leaf(Mid):
    def __init__(self, x):
        super(Leaf, self).__init__(x + 1)
    def hello(self):
        return "Leaf>" + super().hello()
    def skip(self):
        return super(Mid, self).hello()
l = Leaf(1)
print(l.x, l.hello(), l.skip())
print(Leaf.kind(), Mid.kind(), Base.kind())
m = Leaf.make(10)
print(type(m).__name__, m.x)
class Logged:
    def __init__(self, *args, **kwargs):
        print("Logged got", args, kwargs)
class Point(Logged):
    def __init__(self, x, y):
        super().__init__(x, y=y)
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y)
class A:
    def go(self):
        return ["A"]
class B(A):
    def go(self):
        return ["B"] + super().go()
class C(A):
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def go(self):
        return ["D"] + super().go()
print(D().go(), B().go())
print(super(B, D()).go(), super(C, D()).go())
def outside(self):
    return "plain function"
class Uses:
    method = outside
print(Uses().method())
