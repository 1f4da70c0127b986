def f(*a, **k):
    return a, k
class It:
    def __iter__(self):
        return iter([7, 8])
def gen():
    yield 1
    yield 2
print(f(*[1, 2]), f(*(3,)), f(*"ab"), f(*It()), f(*gen()), f(*range(2), **{"x": 1}), f(*{5: 0}))
print(f(1, *[2], *gen()), [*"ab", *It()], (*range(2),), print(*[1, 2], sep="-"))
for bad in ["f(*1)", "f(**1)", "f(*None)", "print(*5)", "f(1, *5)", "f(*5, 1)", "[*5]", "(*5,)", "f(*[1], *5)", "{*5}", "f(*1.5, x=1)", "f(*len)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
