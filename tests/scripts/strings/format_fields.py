class P:
    kind = "point"
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print("{0.x},{0.y} {0.kind}".format(p), "{p.x}".format(p=p), "{0[1]} {d[k]} {d[0]}".format([5, 6], d={"k": "v", 0: "zero"}))
print("{:{}}|".format("ab", 5), "{0:>{1}}|".format("r", 4), "{:{w}.{p}f}".format(3.14159, w=8, p=2), "{:^{}}".format("c", 5))
import math
print("{m.pi:.3f}".format(m=math), "{a[0][1]}".format(a=[[1, 2]]))
print("{t[0]}-{t[1]}".format(t=("a", "b")), "{!r:>6}".format("x"), "{0!s}".format(1.5))
print("{name:*<8}|{n:+05d}".format(name="ab", n=42), "{}{}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{a}".format_map({"a": "mapped"}), "x\ty".expandtabs(), "hello world foo".title(), "a".center(4, "."))
print("abc".maketrans("a", "b"), "hello".translate({ord("l"): None, ord("h"): "J"}))
for e in ['"{0.nope}".format(p)', '"{0[5]}".format([1])', '"{x}".format_map({})', '"{}{0}".format(1, 2)', '"{".format()', '"}".format()', '"{:d}".format("s")', '"{!z}".format(1)']:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
