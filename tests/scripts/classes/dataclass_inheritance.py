from dataclasses import dataclass, fields


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.0
    a: int = 10


print(Child(), Child(1, "x", 2.5), [f.name for f in fields(Child)])
print(Child.__annotations__, Base.__annotations__)
print(Child(1) == Base(1), Base(1) == Base(1))


class Middle(Base):
    def describe(self):
        return f"middle {self.a}"


@dataclass
class Leaf(Middle):
    d: list = None


leaf = Leaf(5, "q", [1])
print(leaf, leaf.describe(), [f.name for f in fields(leaf)])


@dataclass(frozen=True)
class FBase:
    x: int


@dataclass(frozen=True)
class FChild(FBase):
    y: int = 0


print(FChild(1, 2))

try:
    @dataclass
    class Thaw(FBase):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(frozen=True)
    class Freeze(Base):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad(Base):
        c: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithMethods(Base):
    def total(self):
        return self.a * 2

    def __post_init__(self):
        self.b = self.b.upper()


w = WithMethods(4, "low")
print(w, w.total())
