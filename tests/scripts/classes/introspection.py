# type(), __class__, __name__, __dict__, isinstance/issubclass with tuples.
class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
class Dog(Animal):
    pass
class Bird(Animal):
    legs = 2
class Robot:
    pass

d = Dog("rex")
print(type(d).__name__, d.__class__.__name__, type(d) is Dog, d.__class__ is Dog)
print(type(d) == Animal, isinstance(d, Animal), isinstance(d, Bird))
print(isinstance(d, (Bird, Robot)), isinstance(d, (Bird, Dog)))
print(issubclass(Dog, Animal), issubclass(Dog, Dog), issubclass(Animal, Dog))
print(issubclass(Bird, (Robot, Animal)), issubclass(Robot, ()))
print(Dog.__name__, Animal.__name__, type(Dog).__name__, type(type))
print(d.__dict__, Dog.__bases__[0].__name__)
print(type(3), type("s"), type(None).__name__, type([]).__name__)
print(type(len).__name__, type(lambda: 0).__name__)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(3.0, (int, float)), isinstance("x", (list, tuple)))
print(type(d)("fido").name, d.__class__("spot").name)
def classname(o):
    return o.__class__.__name__
print([classname(o) for o in [1, 2.5, "s", [], {}, (), None, d, Dog]])
print(isinstance(Dog, type), isinstance(d, type), isinstance(int, type))
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print("TypeError:", e)
class Meta:
    def method(self):
        return self.__class__.__name__
class Sub(Meta):
    pass
print(Meta().method(), Sub().method())
print(callable(Dog), callable(d), callable(d.__init__), callable(len))
print(repr(Dog)[:20], str(type(d)))
