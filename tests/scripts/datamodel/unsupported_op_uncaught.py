# A binary operator with no implementation on either side, uncaught.
class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def __add__(self, other):
        if isinstance(other, Celsius):
            return Celsius(self.deg + other.deg)
        return NotImplemented

t = Celsius(20) + Celsius(5)
print(t.deg)
t2 = Celsius(1) + 2.5
print(t2.deg)
