# __init__: argument errors, return value check, inherited and overridden __init__.
class NoInit:
    pass
class Pair:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
class BadInit:
    def __init__(self):
        return 5
class Child(Pair):
    pass
class Child2(Pair):
    def __init__(self):
        super().__init__("fixed", b="kw")

def attempt(label, thunk):
    try:
        obj = thunk()
        print(label, "->", type(obj).__name__, sorted(obj.__dict__.items()))
    except TypeError as e:
        print(label, "-> TypeError:", e)

attempt("NoInit()", lambda: NoInit())
attempt("NoInit(1)", lambda: NoInit(1))
attempt("NoInit(k=1)", lambda: NoInit(k=1))
attempt("Pair(1)", lambda: Pair(1))
attempt("Pair(1, 2)", lambda: Pair(1, 2))
attempt("Pair()", lambda: Pair())
attempt("Pair(1, 2, 3)", lambda: Pair(1, 2, 3))
attempt("Pair(1, c=2)", lambda: Pair(1, c=2))
attempt("BadInit()", lambda: BadInit())
attempt("Child(5)", lambda: Child(5))
attempt("Child()", lambda: Child())
attempt("Child2()", lambda: Child2())
attempt("Child2(1)", lambda: Child2(1))
p = Pair(1, 2)
p.__init__(10, 20)
print(p.a, p.b)
class Tracks:
    instances = []
    def __init__(self, name):
        self.name = name
        Tracks.instances.append(name)
for n in "xyz":
    Tracks(n)
print(Tracks.instances)
class Defaults:
    def __init__(self, items=None, *, flag=False):
        self.items = items if items is not None else []
        self.flag = flag
d1, d2 = Defaults(), Defaults(flag=True)
d1.items.append(1)
print(d1.items, d2.items, d1.flag, d2.flag)
