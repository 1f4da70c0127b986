def f(a, b, c=1, *, d, e=2): pass
def g(*, k): pass
def h(a, /, b): pass
class K:
    def m(self, x): pass
    def __init__(self, a): pass
for call in ["f()", "f(1)", "f(1, 2)", "f(1, 2, 3, 4, d=1)", "f(1, 2, d=1, z=3)", "f(1, 2, d=1, a=5)", "g(1)", "g()", "h(a=1, b=2)", "K(1).m()", "K(1).m(1, 2)", "K()", "K(1, 2)", "(lambda x: x)()", "len([], [])", "isinstance(1)", "print(sep=1)", "sorted()", "[].append()", "{}.get()", "'a'.split(1, 2, 3)", "max(1)", "abs(1, 2)", "divmod(1)", "range()", "range(1, 2, 3, 4)", "int(1, 2, 3)", "str.join()", "K.m(1)"]:
    try:
        eval(call)
    except TypeError as ex:
        print(call, "->", ex)
