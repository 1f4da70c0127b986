print(..., Ellipsis, type(...).__name__, ... is Ellipsis)
print([..., 1], (...,), {"a": ...}, repr(...), str(...), f"{...}", f"{...!r}")
print(bool(...), ... == ..., ... == Ellipsis, hash(...) == hash(Ellipsis))
x = [1, 2, 3]
def f(a: ..., b=...):
    ...
print(f(1))
print(type(...) is type(Ellipsis), isinstance(..., type(...)))
d = {...: 1}
print(d[Ellipsis])
