class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    def area(self): return 3
t = Temp(20)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius)
t.celsius += 5
print(t._c)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)
try:
    t.celsius = -500
except ValueError as e:
    print(e)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, isinstance(Temp.celsius, property))
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, l.xa)
try:
    l.nope
except AttributeError as e:
    print("AE", e)
class Sub(Temp):
    @property
    def kelvin(self): return self.celsius + 273.15
s = Sub(1)
print(s.kelvin)
s.celsius = 2
print(s.kelvin)
x = property(lambda self: 42)
class Q:
    answer = x
print(Q().answer)
print(getattr(t, "celsius"), getattr(t, "nope", "dflt"), hasattr(t, "celsius"), hasattr(t, "zz"))
print(getattr(l, "xq"), getattr(l, "bad", 7), hasattr(l, "xx"), hasattr(l, "bad"))
print(setattr(t, "celsius", 99), t._c, setattr(t, "other", 1), t.other)
try:
    getattr(l, "bad")
except AttributeError as e:
    print("AE", e)
