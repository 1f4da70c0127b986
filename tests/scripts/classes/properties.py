# @property getters and setters, validation, read-only properties, inheritance.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(t.__dict__))
class Square:
    def __init__(self, side):
        self.side = side
    @property
    def area(self):
        return self.side ** 2
class Cube(Square):
    @property
    def area(self):
        return 6 * self.side ** 2
    @property
    def volume(self):
        return self.side ** 3
c = Cube(3)
print(Square(3).area, c.area, c.volume)
c.side = 2
print(c.area, c.volume)
print(type(Square.__dict__["area"]).__name__, isinstance(Square.area, property))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value + lz.value, lz.computed)
print(getattr(lz, "value"), lz.computed, hasattr(lz, "value"))
class Named:
    def _get(self):
        return self._n.upper()
    def _set(self, v):
        self._n = v
    name = property(_get, _set)
n = Named()
n.name = "abc"
print(n.name)
