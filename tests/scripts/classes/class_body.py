# The class body is ordinary code: loops, conditionals, helper calls, nested classes.
print("before class")
class Config:
    print("executing class body")
    DEBUG = False
    levels = []
    for i in range(3):
        levels.append(i * 10)
    if DEBUG:
        mode = "debug"
    else:
        mode = "release"
    def helper(x):
        return x * 2
    doubled = helper(21)
    del helper
    squares = [n * n for n in range(4)]
    class Inner:
        value = "inner value"
        def get(self):
            return self.value
print("after class")
print(Config.levels, Config.mode, Config.doubled, Config.squares)
print(hasattr(Config, "helper"), Config.i)
print(Config.Inner.value, Config.Inner().get(), Config.Inner.__name__)
x = "global x"
class Scoped:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
print(Scoped.y, Scoped().method())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
items = [Counter() for _ in range(3)]
print([c.id for c in items], Counter.count)
def make_class(tag):
    class Made:
        label = tag
        def show(self):
            return "made " + self.label
    return Made
A = make_class("a")
B = make_class("b")
print(A().show(), B().show(), A is B, A.__name__ == B.__name__)
class Empty:
    pass
e1, e2 = Empty(), Empty()
print(e1 == e2, e1 is e1, e1 != e2)
class Ops:
    ops = {}
    def add(a, b):
        return a + b
    ops["add"] = add
    ops["mul"] = lambda a, b: a * b
print(Ops.ops["add"](2, 3), Ops.ops["mul"](2, 3), sorted(Ops.ops))
