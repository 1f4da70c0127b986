# Annotated assignments in a class body fill the class's __annotations__, in source order;
# the value is assigned first, then the annotation is evaluated.
order = []


def ann(tag):
    order.append("ann " + tag)
    return tag


def val(tag):
    order.append("val " + tag)
    return tag


class C:
    a: int
    b: "list[int]" = [1]
    c: ann("c") = val("c")
    if True:
        d: float = 1.5
    for _ in range(1):
        e: str
    def method(self):
        z: undefined_name = 3
        return z


print(C.__annotations__)
print(order)
print(C.b, C.c, C.d, C().method())
print("a" in C.__dict__, "e" in C.__dict__)


class Plain:
    x = 1


print("__annotations__" in Plain.__dict__)


class Child(C):
    f: bool = False


print(Child.__annotations__)
print(Child.__annotations__ is C.__annotations__)

# Complex targets: the annotation is evaluated but not recorded.
class Holder:
    pass


class D:
    h = Holder()
    h.attr: ann("attr") = 5
    items = [0, 0]
    items[1]: ann("item")
    n: int = 2


print(D.__annotations__, D.h.attr)
print(order)

try:
    class Broken:
        ok: int
        bad: missing_name
except NameError as e:
    print("NameError:", e)


def func():
    local: int
    try:
        print(local)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    typed: str = "value"
    return typed


print(func())


def make(t):
    class Inner:
        x: t
        y: t = t(7)
    return Inner


print(make(float).__annotations__, make(int).y)
