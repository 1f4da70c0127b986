# reversed() on user sequences (__reversed__, or __len__ + __getitem__); dict() and
# dict.update() from user mappings with keys().
class Seq:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
class Rev:
    def __reversed__(self): return iter("zyx")
class Mapping:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(list(reversed(Seq([1, 2, 3]))), list(reversed(Rev())))
try:
    reversed(object())
except TypeError as e:
    print(e)
print(dict(Mapping()), dict(Mapping(), c=3))
d = {"z": 0}
d.update(Mapping())
d.update([("q", 1)], r=2)
print(d)
class Num:
    def __init__(self, v): self.v = v
    def __abs__(self): return Num(abs(self.v))
    def __round__(self, n=None): return round(self.v, n)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __repr__(self): return f"Num({self.v})"
print(abs(Num(-3)), round(Num(2.567)), round(Num(2.567), 1), divmod(Num(7), 2), divmod(7, Num(2)))
for bad in ["abs(object())", "round(object())", "divmod(object(), 1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
