# functools.reduce and functools.partial
import functools
import operator
from functools import partial, reduce

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(operator.add, [], 0), reduce(operator.add, ["only"]), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: f"({a}+{b})", "abcd"))


def gen():
    for i in range(3):
        print("  yield", i)
        yield i


print(reduce(operator.add, gen()))
for args, kwargs in [((None, []), {}), ((operator.add, []), {}), ((operator.add, 1), {}),
                     ((operator.add,), {}), ((operator.add, [1], 1, 2), {}),
                     ((operator.add, [1]), {"initial": 1}), ((operator.add, [1, "a"]), {})]:
    try:
        print(reduce(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


def power(base, exp, *, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)


square = partial(power, exp=2)
cube_of_2 = partial(power, 2)
print(square(5), cube_of_2(3), cube_of_2(10, mod=1000), square(3, exp=3))
print(square.func is power, square.args, square.keywords, cube_of_2.args, cube_of_2.keywords)


def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


p = partial(show, 1, 2, a="x", b="y")
print(p(3, b="B", c="C"))
print(p())
q = partial(p, 4, a="A")
print(q.func is show, q.args, q.keywords)
print(q(5))
print(partial(show)(self=1, func=2))
print(repr(partial(len, 1, a=2, b="x")))
print(repr(partial(partial(len, 1, a=2), 3, a=4)))
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
print(sorted(["bb", "a", "ccc"], key=partial(len)))
print(type(p).__name__, isinstance(p, partial))


class Greeter:
    def greet(self, greeting, name):
        return f"{greeting}, {name}!"


g = Greeter()
hello = partial(g.greet, "Hello")
print(hello("Ann"))
for make in [lambda: partial(), lambda: partial(1), lambda: partial(func=len),
             lambda: partial(len)(1, 2), lambda: partial(power)(1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
