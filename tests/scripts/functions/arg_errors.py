# TypeError messages for wrong argument counts and names.
def none():
    pass
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def opt(a, b=1):
    pass
def kw(a, *, k):
    pass
def kw2(*, k1, k2):
    pass
def star(a, *args):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def c(cls, x):
        pass

def attempt(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)

attempt("none(1)", lambda: none(1))
attempt("none(1, 2)", lambda: none(1, 2))
attempt("one()", lambda: one())
attempt("one(1, 2)", lambda: one(1, 2))
attempt("two(1)", lambda: two(1))
attempt("two()", lambda: two())
attempt("three()", lambda: three())
attempt("three(1)", lambda: three(1))
attempt("opt()", lambda: opt())
attempt("opt(1, 2, 3)", lambda: opt(1, 2, 3))
attempt("kw(1)", lambda: kw(1))
attempt("kw(1, 2)", lambda: kw(1, 2))
attempt("kw2()", lambda: kw2())
attempt("kw2(k1=1)", lambda: kw2(k1=1))
attempt("star()", lambda: star())
attempt("one(b=1)", lambda: one(b=1))
attempt("one(1, a=1)", lambda: one(1, a=1))
attempt("two(1, a=2)", lambda: two(1, a=2))
attempt("C().m()", lambda: C().m())
attempt("C().m(1, 2)", lambda: C().m(1, 2))
attempt("C.m(1)", lambda: C.m(1))
attempt("C.s()", lambda: C.s())
attempt("C.c()", lambda: C.c())
attempt("C().c(1, 2)", lambda: C().c(1, 2))
attempt("opt(1, c=2)", lambda: opt(1, c=2))
attempt("lambda", lambda: (lambda x: x)())
attempt("C(1)", lambda: C(1))
