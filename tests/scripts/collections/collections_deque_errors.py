from collections import deque


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


d = deque([1, 2, 3])
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index past end", lambda: d[3])
attempt("negative past start", lambda: d[-4])
attempt("str index", lambda: d["a"])
attempt("float index", lambda: d[1.0])
attempt("slice", lambda: d[0:1])
attempt("set past end", lambda: d.__setitem__(5, 0))
attempt("del past end", lambda: d.__delitem__(-9))
attempt("remove missing", lambda: d.remove(9))
attempt("remove str missing", lambda: d.remove("x"))
attempt("index missing", lambda: d.index(9))
attempt("index in range", lambda: d.index(3, 0, 2))
attempt("index start", lambda: d.index(3, 1))
attempt("index negative start", lambda: d.index(2, -2))
attempt("index no args", lambda: d.index())
attempt("maxlen negative", lambda: deque([1], maxlen=-1))
attempt("maxlen str", lambda: deque([1], maxlen="a"))
attempt("maxlen float", lambda: deque([1], 2.0))
attempt("not iterable", lambda: deque(5))
attempt("extend not iterable", lambda: d.extend(5))
attempt("full insert", lambda: deque([1], 1).insert(0, 5))
attempt("add list", lambda: deque([1]) + [2])
attempt("add tuple", lambda: deque([1]) + (2,))
attempt("mul str", lambda: deque([1]) * "a")
attempt("rotate str", lambda: d.rotate("a"))
attempt("missing attribute", lambda: d.nope)
attempt("maxlen", lambda: (deque().maxlen, deque([], 2).maxlen))

m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print("RuntimeError:", e, m)
it = iter(m)
print(next(it))
m.popleft()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
m[0] = "set"
it = iter(m)
print(next(it))
m[1] = "set item is not a mutation"
print(next(it), list(it))


class Sub(deque):
    pass


s = Sub("ab")
attempt("subclass attribute", lambda: s.nope)
attempt("subclass hasattr", lambda: (hasattr(s, "nope"), hasattr(s, "maxlen"), hasattr(s, "append")))
s.extra = 5
print(s, s.extra, type(s).__name__, s == deque("ab"))
