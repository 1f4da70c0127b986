# __str__ and __repr__ run for print(), str(), repr(), f-strings and the traceback's last line.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Named:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return "Named " + self.name

p = Point(1, 2)
n = Named("n1")
print(p, n)
print(str(p), repr(p), str(n))
print(f"{p} {n} {p!r} {n!r:.0}" if False else f"{p} {n} {p!r}")
print("a", p, "b", n, sep="|", end="!\n")
s = str(n)
print(len(s), s.upper())

class Bad:
    def __str__(self):
        return 42
try:
    print(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)

class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self):
        return f"AppError with {self.code}"
try:
    raise AppError(7)
except AppError as e:
    print(e, repr(e), e.args)

class Plain:
    pass
print(str(Plain())[:17], f"{Plain()}"[:17])
raise AppError(9)
