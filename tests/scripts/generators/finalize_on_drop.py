# A generator dropped unfinished is closed at once (its finally runs), as in CPython.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("closed", name)


g = gen("del")
print(next(g))
del g
print("after del")

g = gen("rebind")
next(g)
g = None
print("after rebind")

g = gen("rebind2")
next(g)
g = gen("other")
print("after rebind2")
next(g)


def loop():
    for x in gen("break"):
        print("got", x)
        break
    print("after break")


loop()


def local():
    g = gen("local")
    next(g)
    print("leaving local")


local()
print("after local")


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


c = catcher()
next(c)
c = 5
print("after catcher")


def with_gen():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("exit", a[0].__name__)

    with CM():
        yield "w"


w = with_gen()
next(w)
del w


def unstarted():
    try:
        yield 1
    finally:
        print("never printed")


u = unstarted()
del u


def done():
    try:
        yield 1
    finally:
        print("finished normally")


print(list(done()))
print("end")
