# __repr__ and __str__: defaults, fallbacks, containers, f-strings and format.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
class Plain:
    pass

r, s, b = OnlyRepr(), OnlyStr(), Both("x")
print(r, str(r), repr(r))
print(s, str(s), repr(s)[:17])
print(b, str(b), repr(b))
print([r, b], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {r}")
print(str(Plain())[:16], repr(Plain()).startswith("<__main__.Plain object at 0x"))
print(str(b), repr(b))
class Nested:
    def __init__(self, *kids):
        self.kids = list(kids)
    def __repr__(self):
        return "Nested" + repr(self.kids)
print(Nested(Nested(), Nested(Both(1))))
class Sub(Both):
    pass
print(Sub(2), repr(Sub(2)))
class Sub2(Both):
    def __repr__(self):
        return "Sub2!"
print(Sub2(3), repr(Sub2(3)), [Sub2(3)])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(str(s) + "!", len(repr(r)))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
print(Money(1234), Money(5), f"total: {Money(99999)}")
