# An impossible MRO, uncaught, ends the script.
class A:
    pass
class B(A):
    pass
print([c.__name__ for c in B.__mro__])
class C(A, B):
    pass
print("unreachable")
