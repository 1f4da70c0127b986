def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
x = g()
print(next(x))
x.close()
print("closed")
y = g()
print(list(y))
def h():
    try:
        yield 1
    except GeneratorExit:
        print("got exit")
        raise
z = h(); next(z); z.close()
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), c.send(None), c.send(None), c.send("reset"), c.send(None))
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def stopper():
    yield 1
    return "done"
s = stopper()
print(next(s))
try:
    next(s)
except StopIteration as e:
    print("value:", e.value)
