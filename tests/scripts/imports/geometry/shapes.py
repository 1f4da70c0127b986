# Submodule geometry.shapes.
print("geometry.shapes init, __name__ =", __name__)

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}, {self.h})"
