# Left-to-right evaluation: operands, call arguments, displays, assignment RHS first.
log = []
def t(tag, v=None):
    log.append(tag)
    return tag if v is None else v

def show(label):
    print(label, " ".join(log))
    log.clear()

t("a", 1) + t("b", 2) * t("c", 3)
show("arith:")
def f(*args, **kw):
    return args, kw
f(t("p1"), t("p2"), k=t("kw"), *[t("star")])
show("call:")
[t("l1"), t("l2")], (t("t1"), t("t2"))
show("displays:")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict:")
d = {}
d[t("key")] = t("value")
show("subscript assign:")
x = t("one", 1) if t("cond", True) else t("two", 2)
show("ternary:")
t("x", 0) or t("y", 0) or t("z", 5)
show("or:")
t("x", 1) and t("y", 0) and t("z", 5)
show("and:")
t("lo", 1) < t("mid", 2) < t("hi", 0) < t("never", 9)
show("chain:")
class O:
    pass
obj = O()
t("target", obj).attr = t("rhs", 5)
show("attr assign:")
a = [0, 0]
a[t("i", 0)], a[t("j", 1)] = t("r1", 7), t("r2", 8)
show("tuple assign:")
print(a)
t("f", f)(t("arg"))
show("callee first:")
[t("elt" + str(i)) for i in range(3) if t("if" + str(i), i % 2 == 0)]
show("comprehension:")
s = f"{t('fa')}-{t('fb')}"
show("fstring:")
t("base", [1, 2, 3])[t("idx", 1)]
show("index:")
print(not t("neg", 0), -t("u", 4))
show("unary:")
