from collections import Counter


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, d=-5, e=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
print(Counter() + Counter(), Counter(x=-1) - Counter(x=-3), Counter(x=1) & Counter(y=1))
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1, z=-2)
print(x)
x |= Counter(c=5, q=0)
print(x)
x &= Counter(c=2, z=9)
print(x)
y = Counter(a=1)
y += {"a": 2, "b": -1}
print(y)
print(Counter(a=1) | {"b": 2}, {"b": 2} | Counter(a=1))
print(Counter("abc").total(), Counter().total(), Counter(a=-2, b=5).total())
attempt("add str", lambda: Counter("ab") + "a")
attempt("sub dict", lambda: Counter("ab") - {"a": 1})
attempt("and list", lambda: Counter("ab") & [1])
attempt("le dict", lambda: Counter(a=1) <= {"a": 2})
attempt("lt int", lambda: Counter(a=1) < 3)
attempt("fromkeys", lambda: Counter.fromkeys("ab"))
attempt("not iterable", lambda: Counter(1))
attempt("two positional", lambda: Counter("ab", "cd"))
attempt("unhashable", lambda: Counter([[1]]))
attempt("missing key", lambda: Counter()["x"])
attempt("pop missing", lambda: Counter().pop("x"))
attempt("popitem empty", lambda: Counter().popitem())
attempt("most_common str", lambda: Counter("ab").most_common(1))
