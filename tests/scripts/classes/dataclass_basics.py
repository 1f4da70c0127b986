from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), str(p))
print(Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.__eq__((1, 2)))
print(Point.__match_args__, Point.__annotations__)
print(Point.__hash__)
p.x = 10
print(p)


@dataclass()
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", init=False)
    note: str = field(default="n", compare=False)


a = Inventory("a")
b = Inventory("b")
a.items.append(1)
print(a, b, a.secret, a.count)
print(Inventory("a", [1]) == a, Inventory("a", [1], note="other") == a)
print(Inventory.count, Inventory.secret, "items" in Inventory.__dict__)


@dataclass
class Post:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(Post(4))


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return "custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5)


@dataclass(repr=False, eq=False)
class Bare:
    x: int


bare = Bare(1)
print(repr(bare).startswith("<__main__.Bare object at"), bare == Bare(1), bare == bare)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty())


@dataclass
class Rec:
    items: list


r = Rec([])
r.items.append(r)
print(r)


@dataclass
class WithSelf:
    self: int
    other: int = 2


print(WithSelf(1), WithSelf(self=3))


@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int

    inner: "Outer.Inner"


print(Outer(Outer.Inner(3)))


class Sub(Point):
    pass


print(Sub(3), Sub(3) == Point(3), Sub(3) == Sub(3))
