class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with CM("a") as a:
    print("body", a.name)
with CM("b", True):
    raise ValueError("oops")
print("after b")
try:
    with CM("c") as c, CM("d") as d:
        print("in", c.name, d.name)
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    with CM("ret"):
        return "returned"
print(f())
def g():
    with CM("gen"):
        yield 1
        yield 2
print(list(g()))
