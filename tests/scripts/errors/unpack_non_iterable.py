# Unpacking something that is not iterable names the type, as CPython does.
try:
    first, *rest = None
except TypeError as e:
    print("TypeError:", e)
a, b = 1
