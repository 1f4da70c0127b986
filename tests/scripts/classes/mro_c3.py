# C3 linearization: __mro__, mro(), diamonds and cooperative super().
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(names(D))
print(D().who())
print(names(A))
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(names(M))
class E(C, B): pass
print(names(E), E().who())
class F(D):
    pass
print(names(F))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
print(D.__bases__ == (B, C), [b.__name__ for b in D.__bases__])
class Base:
    greeting = "base"
class Left(Base):
    pass
class Right(Base):
    greeting = "right"
class Child(Left, Right):
    pass
print(Child.greeting, Child().greeting)
print(issubclass(Child, Right), issubclass(Right, Left))
