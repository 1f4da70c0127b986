# Bound and unbound methods as values; methods stored and called later.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

acct = Account("ann")
dep = acct.deposit
print(dep(10), dep(5), acct.balance)
print(dep.__self__ is acct, dep.__func__ is Account.deposit, dep.__name__)
print(Account.deposit(acct, 100), acct)
ops = [acct.deposit, Account("bob", 1).deposit]
print([op(1) for op in ops])
print(list(map(acct.deposit, [1, 2, 3])))
other = Account("cy")
m1 = other.deposit
m2 = other.deposit
print(m1.__self__ is m2.__self__, m1 is m2, m1.__func__ is m2.__func__)
class Handler:
    def __init__(self):
        self.seen = []
    def on(self, evt):
        self.seen.append(evt)
handlers = {}
h = Handler()
handlers["click"] = h.on
handlers["click"]("c1")
handlers["click"]("c2")
print(h.seen)
method = "deposit"
print(getattr(acct, method)(1000))
print(type(dep).__name__, type(Account.deposit).__name__)
class Shape:
    def area(self):
        return 0
    def describe(self):
        return type(self).__name__ + " area " + str(self.area())
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
shapes = [Shape(), Sq(3)]
print([s.describe() for s in shapes])
print([Shape.describe(s) for s in shapes])
print(sorted([Account("z", 3), Account("y", 1)], key=lambda a: a.balance))
try:
    Account.deposit(5)
except TypeError as e:
    print("TypeError:", e)
