class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class Neither: pass
for cls in (NoEnter, NoExit, Neither):
    try:
        with cls():
            pass
    except TypeError as e:
        print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class Ok:
    def __enter__(self): return "v"
    def __exit__(self, *a): print("exit", a[0]); return True
with Ok() as v:
    print(v)
    raise KeyError
print("after")
