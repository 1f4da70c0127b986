from collections import namedtuple


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


P = namedtuple("Point", "x y")
Q = namedtuple("Q", "a b c", defaults=[2, 3])
Z = namedtuple("Z", [])
attempt("missing one", lambda: P(1))
attempt("missing two", lambda: P())
attempt("missing three", lambda: namedtuple("T", "a b c")())
attempt("too many", lambda: P(1, 2, 3))
attempt("too many with defaults", lambda: Q(1, 2, 3, 4))
attempt("too many for empty", lambda: Z(1))
attempt("unexpected keyword", lambda: P(1, z=2))
attempt("multiple values", lambda: P(1, x=2))
attempt("multiple before too many", lambda: P(1, 2, 3, x=1))
attempt("defaults missing", lambda: Q())
attempt("defaults fill", lambda: Q(0, c=9))
attempt("make short", lambda: P._make([1]))
attempt("make long", lambda: P._make("abc"))
attempt("replace unknown", lambda: P(1, 2)._replace(z=1, w=2))
attempt("bad typename", lambda: namedtuple("1a", "x"))
attempt("bad field", lambda: namedtuple("A", "x y-z"))
attempt("keyword field", lambda: namedtuple("A", "x class"))
attempt("keyword typename", lambda: namedtuple("def", "x"))
attempt("underscore", lambda: namedtuple("A", "x _y"))
attempt("duplicate", lambda: namedtuple("A", "x y x"))
attempt("too many defaults", lambda: namedtuple("A", "x", defaults=(1, 2)))
attempt("index", lambda: P(1, 2)[2])
attempt("str index", lambda: P(1, 2)["x"])
attempt("missing attr", lambda: P(1, 2).z)
attempt("index value", lambda: P(1, 2).index(9))
attempt("gt int", lambda: P(1, 2) > 3)
attempt("lt str", lambda: P(1, 2) < "ab")
attempt("add list", lambda: P(1, 2) + [3])
attempt("rename ok", lambda: namedtuple("A", "x x", rename=True)._fields)
attempt("empty repr", lambda: Z())
