class Shape:
    def __init__(self, w, h): self._w = w; self._h = h
    @property
    def area(self): return self._w * self._h
    @property
    def width(self): return self._w
    @width.setter
    def width(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v
class Square(Shape):
    def __init__(self, s): super().__init__(s, s)
    @property
    def area(self): return super().area
sq = Square(3)
print(sq.area, sq.width)
sq.width = 5
print(sq.area, sq._w)
try:
    sq.width = -1
except ValueError as e:
    print(e)
try:
    sq.area = 3
except AttributeError as e:
    print(e)
print(isinstance(Shape.area, property), Shape.width.fset is not None, Shape.area.fset)
class Cached:
    def __init__(self): self._v = None; self.calls = 0
    @property
    def value(self):
        if self._v is None:
            self.calls += 1
            self._v = 42
        return self._v
c = Cached(); print(c.value, c.value, c.calls)
