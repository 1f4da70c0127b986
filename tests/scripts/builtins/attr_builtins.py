# getattr/setattr/hasattr/delattr on instances and builtin values.
class Thing:
    kind = "class attr"
    def __init__(self):
        self.name = "t"
t = Thing()
print(getattr(t, "name"), getattr(t, "kind"), getattr(t, "nope", "dflt"), hasattr(t, "name"))
setattr(t, "size", 3)
print(t.size, hasattr(t, "size"), getattr(t, "size") + 1)
setattr(t, "size", None)
print(hasattr(t, "size"), getattr(t, "size", 0))
print(getattr("abc", "upper")(), getattr([1, 2], "count")(2), hasattr(5, "bit_length"), hasattr(5, "nope"))
print(getattr(Thing, "kind"), hasattr(Thing, "name"), hasattr(Thing, "__init__"))
setattr(Thing, "added", 99)
print(t.added, Thing.added)
for bad in [lambda: getattr(t, "missing"), lambda: getattr(5, "missing"), lambda: setattr(5, "x", 1), lambda: getattr(t, 5), lambda: setattr([], "append", 0),
            lambda: getattr(t), lambda: hasattr(t, None)]:
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
