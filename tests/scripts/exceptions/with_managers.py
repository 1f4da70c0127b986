# Context managers: __enter__ value, __exit__ arguments, suppression by a true return.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print("exit", self.name, kind, repr(exc))
        return self.suppress

with Tracer("plain") as value:
    print("body got", value)

with Tracer("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Tracer("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside:", repr(e))

with Tracer("outer", True), Tracer("inner") as inner:
    print("inner value", inner)
    1 / 0
print("after nested")

def early_return():
    with Tracer("func"):
        return "returned from with"
print(early_return())

for i in range(3):
    with Tracer("loop" + str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done, i =", i)

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return 1
with Truthy() as t:
    raise RuntimeError
print("truthy non-bool return suppresses too:", type(t).__name__)

class NoneReturn:
    def __enter__(self):
        pass
    def __exit__(self, *exc):
        print("exc info length", len(exc))
try:
    with NoneReturn() as nothing:
        print("as binds", nothing)
        raise IndexError("kept")
except IndexError as e:
    print("kept:", e)
with Tracer("a") as (x):
    print(x)
with Tracer("xy") as target:
    pass
print(target)
