# printf-style formatting of objects of user classes (__str__, __repr__, __index__, ...)


class P:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return f"P({self.x})"

    def __repr__(self):
        return f"<P {self.x}>"


class N:
    def __index__(self):
        return 42


class F:
    def __float__(self):
        return 2.5


class I:
    def __int__(self):
        return 7


class Plain:
    pass


class M:
    def __getitem__(self, k):
        return k.upper()


class E(Exception):
    def __str__(self):
        return "custom"


class R:
    def __rmod__(self, other):
        return "rmod"


def t(f, text):
    try:
        print(text, "->", repr(f()))
    except Exception as e:
        print(text, "!!", type(e).__name__, e)


p = P(1)
t(lambda: "%s" % p, "single")
t(lambda: "%s and %r" % (p, p), "tuple")
t(lambda: "%-8s|%8r|" % (p, p), "widths")
t(lambda: "%.2s" % (p,), "prec")
t(lambda: "%a" % (P("é"),), "ascii")
t(lambda: "%(a)s %(b)r" % {"a": p, "b": P(2)}, "dict")
t(lambda: "%s" % ([p, 1],), "list of")
t(lambda: "%s" % [p], "list single")
t(lambda: "%s" % ({"k": p},), "dict in tuple")
t(lambda: "%d %x %c" % (N(), N(), N()), "index")
t(lambda: "%f %e" % (F(), N()), "float")
t(lambda: "%5.1f%%" % F(), "pct")
t(lambda: "%d" % I(), "int")
t(lambda: "%x" % I(), "x of int")
t(lambda: "%f" % I(), "f of int")
t(lambda: "%d" % Plain(), "plain d")
t(lambda: "%x" % Plain(), "plain x")
t(lambda: "%f" % Plain(), "plain f")
t(lambda: "%c" % Plain(), "plain c")
t(lambda: "%s %s" % p, "not enough")
t(lambda: "%s" % (p, p), "too many")
t(lambda: "%(k)s-%(zz)s" % M(), "mapping obj")
t(lambda: "%s" % M() != "", "mapping obj as value")
t(lambda: "%y" % (p,), "bad char")
t(lambda: "%*s|" % (6, p), "star")
t(lambda: "%-*s|" % (6, p), "star left")
t(lambda: "%*s|" % (p, p), "star not int")
t(lambda: "%(a)s" % p, "no getitem")
t(lambda: "abc" % M(), "abc mapping obj")
t(lambda: "abc" % p, "abc plain")
t(lambda: "%s" % (E(),), "user exception")
t(lambda: "%s" % (ValueError("v"),), "builtin exception")
t(lambda: "%s" % R() == "rmod", "rmod not used")
t(lambda: R() % 3, "rmod left")
t(lambda: 5 % R(), "rmod right")
s = "x=%s"
s %= p
print(s)
print(("%s" % Plain()).startswith("<__main__.Plain object at "))
print("%s|%s" % (p, "plain"), "%r" % "q")
