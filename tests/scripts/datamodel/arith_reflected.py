# Arithmetic dunders: forward, reflected, in-place, NotImplemented and TypeErrors.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__", other)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Money(round(self.cents * k))
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __floordiv__(self, other):
        return self.cents // other.cents
    def __mod__(self, other):
        return Money(self.cents % other.cents)
    def __pow__(self, e):
        return Money(self.cents ** e)
    def __iadd__(self, other):
        print("  __iadd__", other)
        self.cents += other.cents
        return self

a, b = Money(150), Money(75)
print(a + b)
print(a + 5)
print(5 + a)
print(sum([a, b, Money(1)]))
print(a - b, a * 2, 3 * b, a * 0.5, a / 4, a // b, a % Money(40), Money(3) ** 3)
alias = a
a += b
print(a, alias, a is alias)
c = b
c -= Money(5)
print(c, b, c is b)
def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)
attempt("a + 'x'", lambda: a + "x")
attempt("a * a", lambda: a * a)
attempt("a - 1", lambda: a - 1)
attempt("a @ b", lambda: a @ b)
attempt("-a", lambda: -a)
attempt("a < b", lambda: a < b)
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ handled " + type(o).__name__
print(Left() + Right())
attempt("Left() + Left()", lambda: Left() + Left())
class Sub(Money):
    def __radd__(self, other):
        return "subclass reflected first"
print(Money(1) + Sub(2))
