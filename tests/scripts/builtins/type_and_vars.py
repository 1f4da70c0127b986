# type() of builtin values and instances, __dict__, __class__ and __name__.
for v in [1, 1.0, "s", True, None, [], (), {}, b"", range(1), print]:
    print(type(v).__name__, type(v) is type(v))
print(type(1) is int, type(True) is bool, type(True) is int, type(None).__name__)
print(type(int), type(type), type(type(1)).__name__)
print(type(1), type("x"), type([]), type(()), type({}), type(1.5), type(None))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(type(p).__name__, type(p) is Point, p.__dict__, p.__class__ is Point)
p.z = 3
print(p.__dict__, sorted(p.__dict__))
print(Point.__name__, Point.__qualname__, Point.__bases__, Point.__module__, __name__)
def local_fn(a, b=2):
    return a + b
print(type(local_fn).__name__, local_fn.__name__, len.__name__, type(lambda: 0).__name__)
print(type("x")("abc"), type(5)("12") + 1, type([])((1, 2)), type(0.5)("2"))
print(hasattr(p, "x"), getattr(p, "y"), getattr(p, "q", 0), id(p) == id(p), type(id(p)).__name__)
print(isinstance(p, object), p == p, p != Point(1, 2), hash(p) == hash(p))
