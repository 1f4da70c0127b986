def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer done"
g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print("closed")
def inner2():
    yield 1
    return "ret"
def outer2():
    try:
        v = yield from inner2()
        print("v", v)
    except KeyError:
        print("outer caught KeyError")
        yield "handled"
g3 = outer2(); next(g3)
print(g3.throw(KeyError("k")))
