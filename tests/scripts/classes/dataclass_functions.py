from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Shape:
    name: str
    corners: list
    labels: dict
    origin: Point = field(default_factory=lambda: Point(0, 0))
    hidden: int = field(default=0, init=False)


s = Shape("tri", [Point(1, 2), Point(3, 4)], {"a": Point(5, 6)})
print(asdict(s))
print(astuple(s))
print(asdict(Point(1), dict_factory=lambda kv: [k for k, v in kv]))
print(astuple(Point(1, 2), tuple_factory=list))
print([(f.name, f.type, f.init, f.repr, f.compare) for f in fields(Shape)])
print(fields(Point(1))[1].default, fields(Point)[0].name)
print(fields(Shape)[3].default_factory())

p = Point(1, 2)
q = replace(p, y=9)
print(q, p, q is p)
print(replace(s, name="square").name, replace(s).corners is s.corners)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int))

for bad_call in [lambda: fields(1), lambda: asdict(Point), lambda: astuple(3), lambda: replace(3)]:
    try:
        bad_call()
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(s, hidden=1)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(p, z=3)
except TypeError as e:
    print("TypeError:", e)
print(fields(Point)[1].metadata, field(default=1, metadata={"unit": "m"}).metadata["unit"])
