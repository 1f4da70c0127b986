print((5).real, (5).imag, True.numerator, (2**70).denominator, (2.5).real, (2.5).imag, (-3).conjugate() if hasattr(3, "conjugate") else -3)
def f(a, b=1, *c, d=2, **e):
    x = 1
    def g(): return x
    return g
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_cellvars, f(1).__code__.co_freevars, f.__kwdefaults__)
