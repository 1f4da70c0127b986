class Empty:
    def __len__(self): return 0
class Full:
    def __len__(self): return 3
class Flag:
    def __init__(self, f): self.f = f
    def __bool__(self): return self.f
print(bool(Empty()), bool(Full()), bool(Flag(True)), bool(Flag(False)))
print(not Empty(), not Full(), Empty() or "x", Full() and "y", Flag(False) or Flag(True) and 5)
for o in [Empty(), Full(), Flag(0 == 1)]:
    if o:
        print(type(o).__name__, "truthy")
    else:
        print(type(o).__name__, "falsy")
n = 0
w = Full()
while w and n < 2:
    n += 1
print(n, [type(o).__name__ for o in (Empty(), Full()) if o])
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
print(len(Full()), Full().__len__())
