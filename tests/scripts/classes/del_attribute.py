class A: pass
a = A(); a.x = 1; a.y = 2
del a.x
print(vars(a))
try:
    del a.x
except AttributeError as e:
    print(e)
class B:
    def __delattr__(self, n): print("delattr", n)
b = B(); del b.foo
class C:
    z = 3
del C.z
print(hasattr(C, "z"))
