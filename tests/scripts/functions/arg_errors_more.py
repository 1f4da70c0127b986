# More argument-binding errors: keyword-only, positional-only, varargs, UnboundLocalError.
def outer():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
try: outer()
except UnboundLocalError as e: print("ULE", e)
def f(a, *args, b=2, **kw): pass
try: f(1, 2, b=3, b2=1, a=5)
except TypeError as e: print("TE", e)
def g(**kw): return kw
print(g(**{"a-b": 1}))
try: g(1)
except TypeError as e: print("TE", e)
def h(): pass
try: h(x=1)
except TypeError as e: print("TE", e)
def k(a, b, /): pass
try: k(1, b=2)
except TypeError as e: print("TE", e)
class C:
    def m(self, *, key): pass
try: C().m(1)
except TypeError as e: print("TE", e)
try: C().m()
except TypeError as e: print("TE", e)
def many(a, b, c, d): pass
try: many(1)
except TypeError as e: print("TE", e)
try: many(1, 2, 3, 4, 5, 6)
except TypeError as e: print("TE", e)
def kwo(*, a, b, c): pass
try: kwo()
except TypeError as e: print("TE", e)
def opt_kwo(x, *, a=1): pass
try: opt_kwo(1, 2)
except TypeError as e: print("TE", e)
try: opt_kwo(1, 2, 3, a=2)
except TypeError as e: print("TE", e)
