class B:
    def __init__(self, v, n):
        self.v, self.n = v, n
    def __bool__(self):
        print("bool", self.n)
        return self.v
for a in (True, False):
    for b in (True, False):
        if B(a, "a") and B(b, "b"):
            print("then")
        else:
            print("else")
        if B(a, "a") or B(b, "b"):
            print("then")
        while B(a, "a") and B(b, "b"):
            print("loop")
            break
        x = B(a, "a") and B(b, "b")
        print(type(x).__name__, x.n)
        if not (B(a, "a") and B(b, "b")):
            print("not")
        if (B(a, "a") or B(b, "b")) and B(b, "c"):
            print("mixed")
        print(1 if B(a, "a") and B(b, "b") else 2)
        print([i for i in range(2) if B(a, "a") and B(b, "b")])

# None tests compile to their own jumps; the values around them stay intact.
def classify(x):
    if x is None:
        return "none"
    if x is not None and x:
        return "truthy"
    return "falsy"

print([classify(v) for v in (None, 0, 1, "", "a", [], [0])])
print([x is None for x in (None, 0, False)], [x is not None for x in (None, 0)])
y = None
while y is None or y < 3:
    y = 0 if y is None else y + 1
print(y)
assert not (y is None), "never"
print(not (y is None and y))
