# Positional-only (/) and keyword-only (*) parameters and their errors.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2, y=3))
def h(*, only):
    return only
print(h(only="kw"))
def mixed(a, /, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, z=6))
def pos_default(a, b=20, /):
    return a + b
print(pos_default(1), pos_default(1, 2))

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as exc:
        print("TypeError:", exc)

attempt(f, a=1, b=2, c=3, d=4)
attempt(f, 1, b=2, c=3, d=4)
attempt(f, 1, 2, 3, 4)
attempt(f, 1, 2, 3)
attempt(f, 1, 2, d=4)
attempt(h, "x")
attempt(h)
attempt(pos_default, a=1)
attempt(pos_default, 1, 2, 3)
attempt(f, 1, 2, 3, d=4, z=0)
attempt(mixed, 1, 2)
attempt(g)
