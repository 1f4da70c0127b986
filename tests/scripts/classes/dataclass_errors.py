from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Many:
    a: int
    b: int
    c: int
    d: int = 4


@dataclass
class One:
    a: int


@dataclass
class Zero:
    pass


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


calls = [
    (Point, (), {}),
    (Point, (1, 2, 3), {}),
    (Point, (1,), {"z": 1}),
    (Point, (1,), {"x": 1}),
    (Point, (), {"y": 2}),
    (Point, (1, 2, 3), {"z": 1}),
    (Many, (), {}),
    (Many, (1,), {}),
    (Many, (1, 2), {}),
    (Many, (1, 2, 3, 4, 5), {}),
    (One, (1, 2), {}),
    (Zero, (1,), {}),
    (Zero, (), {"q": 1}),
    (KW, (1, 2), {}),
    (KW, (1,), {}),
    (KW, (1, 2), {"b": 3}),
    (KW, (1, 2, 3), {"b": 3, "c": 4}),
]
for cls, args, kwargs in calls:
    try:
        cls(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print(e)
print(KW(1, b=2))

try:
    @dataclass
    class NonDefault:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
for default in [[], {}, Point(1)]:
    try:
        @dataclass
        class Mutable:
            x: object = default
    except ValueError as e:
        print("ValueError:", e)
try:
    @dataclass(order=True, eq=False)
    class O:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class O2:
        x: int

        def __lt__(self, o):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class O3:
        x: int

        def __setattr__(self, n, v):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(unsafe_hash=True)
    class O4:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class O5:
        x = field()
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class AllKW:
    a: int = 0
    b: int


@dataclass
class FieldKW:
    a: int = field(default=1, kw_only=True)
    b: int


print(AllKW(b=1), FieldKW(5), FieldKW(5, a=2))
try:
    AllKW(1)
except TypeError as e:
    print(e)
