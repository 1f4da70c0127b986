# Built-ins that call back (sorted/min/max with key=) nest with str()/repr() and __init__ frames.
class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v})"
    def __str__(self):
        return "box" + str(self.v)


boxes = [Box(3), Box(1), Box(2)]
print(sorted(boxes, key=str))
print(sorted(boxes, key=repr))
print(max(boxes, key=str), min(boxes, key=lambda b: str(b)))
print([str(b) for b in boxes])
print(sorted(["b", "a"], key=str), sorted([3, 1], key=int))
def show(b):
    print("visiting", b)
    return b.v
print(sorted(boxes, key=show))
class Wrapper:
    def __init__(self, s):
        print("Wrapper.__init__", s)
        self.s = s
print(sorted(["only"], key=Wrapper), min(["x"], key=Wrapper))
print([w.s for w in sorted([Wrapper("b"), Wrapper("a")], key=lambda w: w.s)])
print([len(k.__class__.__name__) for k in sorted(["bb", "a"], key=len)])
