def deco(f):
    def wrapper(*a):
        "wrapper doc"
        return f(*a)
    wrapper.__wrapped__ = f
    wrapper.__name__ = f.__name__
    wrapper.calls = 0
    return wrapper
@deco
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__wrapped__.__doc__, add.__doc__, add.calls)
add.calls += 1
print(add.calls, "calls" in add.__dict__)
class C:
    "A class."
    def m(self): pass
class D: pass
print(C.__doc__, D.__doc__, C().__doc__)
c = C()
print(c.m == c.m, c.m != c.m, c.m == C().m)
def g(x=1, y=2): pass
print(g.__defaults__, deco.__defaults__)
class It:
    def __iter__(self): return iter([1, 2])
def gen():
    yield from It()
print(list(gen()))
