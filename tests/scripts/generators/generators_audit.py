def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("cleanup")
    return "done"
g = gen()
print(next(g), g.send("hi"), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
def sub():
    r = yield from [1, 2]
    v = yield from inner()
    return v
def inner():
    yield "i"
    return 42
s = sub()
print(list(s))
def counter():
    try:
        while True:
            yield 1
    except GeneratorExit:
        print("closing")
        raise
c = counter(); next(c); c.close(); c.close()
print(sum(x * x for x in range(5)), any(x > 3 for x in range(5)), list(zip((i for i in "ab"), range(5))))
g2 = (x for x in range(3)); print(next(g2), list(g2), list(g2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def echo():
    while True:
        received = yield
        if received is None:
            break
        print("echo", received)
e = echo(); next(e); e.send(1); e.send(2)
try:
    e.send(None)
except StopIteration:
    print("finished")
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as ex:
    print("RuntimeError", ex)
gg = gen(); print(gg.__name__, type(gg).__name__, iter(gg) is gg)
try:
    gg.send(5)
except TypeError as ex:
    print(ex)
def g3():
    yield 1
x = g3(); next(x)
try:
    next(x)
except StopIteration as ex:
    print(repr(ex))
print(list(map(lambda t: t[0] * t[1], enumerate([3, 4]))), list(filter(None, [0, 1, "", "a"])), list(reversed(range(3))))
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled"
t = thrower(); next(t); print(t.throw(KeyError)); 
t2 = thrower()
try:
    t2.throw(IndexError("early"))
except IndexError as ex:
    print("early", ex)
