# @staticmethod and @classmethod, through the class, an instance, a subclass and super().
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @staticmethod
    def describe(kind):
        return "a shape of kind " + kind

    @classmethod
    def make(cls, name):
        return cls(name)

    @classmethod
    def kind(cls):
        return cls.__name__


class Square(Shape):
    @classmethod
    def kind(cls):
        return "square:" + super().kind()


s = Shape.make("s1")
q = Square.make("q1")
print(type(s).__name__, type(q).__name__, s.name, q.name, Shape.count)
print(Shape.describe("x"), s.describe("y"), Square.describe("z"))
print(Shape.kind(), Square.kind(), q.kind(), s.kind())
f = Shape.describe
g = Square.make
print(f("plain"), type(g("q2")).__name__, Shape.count)
print(type(Shape.__dict__["describe"]).__name__ if False else "ok")
