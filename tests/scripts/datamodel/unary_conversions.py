# Unary dunders (__neg__, __pos__, __invert__) and __bool__/__len__ truthiness.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __invert__(self):
        return Num(~self.v)
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v != 0

n = Num(5)
print(-n, +n, ~n, -(-n), ~~n)
if Num(0):
    print("zero is true?")
else:
    print("zero is false")
print(Num(1) and "and-result", Num(0) or "or-result", not Num(2))
print([x.v for x in [Num(0), Num(1), Num(2)] if x])
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n
print(bool(Sized(0)), bool(Sized(3)))
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)
attempt("-Neither()", lambda: -Neither())
attempt("~Neither()", lambda: ~Neither())
attempt("abs(Neither())", lambda: abs(Neither()))
i = 0
while Num(3 - i):
    i += 1
print("loop ran", i, "times")
