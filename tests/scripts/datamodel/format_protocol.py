class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec): return f"${self.v:{spec or '.2f'}}"
    def __str__(self): return f"M{self.v}"
    def __repr__(self): return f"Money({self.v})"
class Plain:
    def __str__(self): return "plain-str"
class Bare: pass
m, p = Money(3.5), Plain()
print(f"{m}", f"{m:.1f}", f"{m!s:>6}|", f"{m!r:^12}|", f"{p}", f"{p!r:.5}", f"{p:}")
print(format(m, ".3f"), format(m), format(p), "{}".format(m), "{0:.0f} {0!s} {0!r}".format(m), "{}-{}".format(p, 5))
print("{0.v} {0.v:05.1f}".format(m), "{a[0]}".format(a=[m]), "{:{w}}|".format(p, w=12) if False else "", str.format("{}", p))
for bad in ['f"{p:>5}"', 'format(p, "x")', '"{:d}".format(p)', 'f"{Bare():5}"']:
    try:
        print(eval(bad))
    except TypeError as e:
        print("TypeError", e)
print(f"{Bare()!s}"[:10], "{}".format(Bare())[:10])
