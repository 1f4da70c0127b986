class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)
def f():
    with CM("ret"):
        return "value"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
import os
path = os.path.join("/tmp", "baton_with_test.txt")
with open(path, "w") as fh:
    fh.write("line1\nline2\n")
    print(fh.closed)
print(fh.closed)
with open(path) as fh:
    print(fh.read().splitlines(), fh.name == path)
with open(path, "a") as fh:
    print("line3", file=fh)
with open(path) as fh:
    for line in fh:
        print(repr(line))
with open(path) as fh:
    print(fh.readline(), fh.readlines())
os.remove(path)
print(os.path.exists(path))
class Bad:
    def __enter__(self): return 1
try:
    with Bad():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
