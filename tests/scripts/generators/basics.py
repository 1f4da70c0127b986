def gen(n):
    for i in range(n):
        print("yield", i)
        yield i
    return "done"

for x in gen(3):
    print("got", x)
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args)
print(list(x * 2 for x in range(5)) if False else [x * 2 for x in (y for y in range(5))])
def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
e = echo()
print(next(e), e.send(3), e.send(4))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.args)
def sub():
    x = yield 1
    print("sub got", x)
    yield 2
    return "subret"
def outer():
    r = yield from sub()
    print("r", r)
    yield from [10, 20]
o = outer()
print(next(o), o.send("hi"), next(o), next(o))
print(next(o, "dflt"))
g = gen(5)
print(next(g))
g.close()
print(next(g, "closed"))
def catcher():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
c = catcher(); next(c); print(c.throw(ValueError("boom")))
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
for v in Count(3):
    print("c", v)
print(type(gen(1)).__name__)
def bad():
    yield 1
    raise StopIteration
try:
    for _ in bad(): pass
except RuntimeError as e:
    print("RE", e)
