# __del__ runs when the last reference goes away, as in CPython.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("del", self.name)


r = Res("a")
del r
print("after del")

r = Res("b")
r = Res("c")
print("after rebind")


def f():
    x = Res("local")
    print("in f")


f()
print("after f")

items = [Res("in list")]
items.clear()
print("after clear")

d = {"k": Res("in dict")}
d["k"] = 1
print("after dict store")

Res("temp")
print("after temp")


class Child(Res):
    pass


c = Child("child")
c = None
print("after child")


class Boom:
    def __del__(self):
        raise ValueError("from del")


b = Boom()
del b
print("after boom")


class Late:
    pass


def late_del(self):
    print("late del")


Late.__del__ = late_del
x = Late()
x = 0
print("end", r.name)
