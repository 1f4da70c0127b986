# Classes: attributes, methods, inheritance, C3 MRO with cooperative super(), user exceptions.
class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return self.kind + ":" + self.speak()

class Dog(Animal):
    kind = "dog"
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def speak(self):
        return super().speak() + "!"

a = Animal("generic")
d = Dog("rex")
print(a.speak(), "|", d.speak())
print(d.describe())
d.add_trick("sit").add_trick("roll")
print(d.tricks, Animal.count, d.count, d.kind, Animal.kind)
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(a, Dog), type(d) is Dog, type(d).__name__)
print(Dog.__mro__ == (Dog, Animal, object), Dog.__bases__, Dog.__name__)
m = d.speak
print(m(), m.__name__)
f = Dog.speak
print(f(d))
d.name = "max"
print(d.speak(), d.__dict__)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class MyError(Exception):
    pass
class CodeError(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError("bad thing", 2)
except Exception as e:
    print(type(e).__name__, e, e.args, isinstance(e, MyError))
try:
    raise CodeError(42, "broken")
except ValueError as e:
    print(repr(e), e.code, e.args, str(e))

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
for i in range(5):
    c.inc()
c.inc(by=10)
print(c.n)

class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, hasattr if False else "ok")
try:
    Empty(1)
except TypeError as ex:
    print(ex)
try:
    e.missing
except AttributeError as ex:
    print(ex)

def make():
    class Local:
        def f(self):
            return Local
    return Local
L = make()
print(L().f() is L)
