# yield from: delegation, return values, send/throw forwarding, nesting.
def inner(n):
    for i in range(n):
        got = yield f"inner {i}"
        if got is not None:
            print("inner received", got)
    return f"inner done after {n}"

def outer():
    result = yield from inner(2)
    print("outer got result:", result)
    result2 = yield from inner(1)
    print("outer got result:", result2)
    return "outer done"

def driver():
    final = yield from outer()
    print("driver final:", final)

print(list(driver()))
g = outer()
print(next(g))
print(g.send("hello"))
print(g.send("world"))
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from [None]
    yield from (x * 10 for x in range(2))
    yield from {"k": 1, "j": 2}
print(list(from_iterables()))
def empty():
    return "empty result"
    yield
def wrap():
    r = yield from empty()
    yield r
print(list(wrap()))
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    level = yield from depth(n - 1)
    yield f"level {level + 1}"
    return level + 1
print(list(depth(3)))
