# dir() of built-in values lists the same names as CPython, sorted.
for v in (1, True, 1.5, "", [], (), {}, set(), frozenset(), b"", bytearray(), range(3), None):
    print(type(v).__name__, dir(v))
