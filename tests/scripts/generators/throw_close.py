# throw() and close(): handled, unhandled, finally blocks and GeneratorExit.
def worker():
    print("worker start")
    try:
        while True:
            try:
                value = yield "ready"
                print("worker got", value)
            except ValueError as e:
                print("worker handled", e)
                yield "recovered"
    finally:
        print("worker cleanup")

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
try:
    w.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
try:
    next(w)
except StopIteration:
    print("generator finished after unhandled throw")

c = worker()
next(c)
c.close()
print("closed")
c.close()
print("second close is a no-op")
try:
    next(c)
except StopIteration:
    print("next on closed: StopIteration")

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

g = catches_exit()
next(g)
g.close()

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)

unstarted = worker()
unstarted.close()
print("closing an unstarted generator runs nothing")
fresh = worker()
try:
    fresh.throw(TypeError("before start"))
except TypeError as e:
    print("throw into unstarted:", e)
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return
r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration:
    print("throw caused return -> StopIteration")
def throw_class():
    try:
        yield
    except IndexError as e:
        print("class thrown, instance received:", repr(e))
        yield "after"
t = throw_class()
next(t)
print(t.throw(IndexError))
