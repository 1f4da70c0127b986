eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(eg, repr(eg.message), len(eg.exceptions), isinstance(eg, Exception))
m, r = eg.split(ValueError)
print(m, m.exceptions, r, r.exceptions)
print(eg.subgroup(TypeError).exceptions, eg.subgroup(KeyError))
try:
    raise eg
except* ValueError as e:
    print("values:", e.exceptions)
except* TypeError as e:
    print("types:", e.exceptions)
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked in group:", type(e).__name__, e.exceptions)
try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), ValueError("v")])
    except* ValueError:
        print("handled v")
except ExceptionGroup as rest:
    print("rest:", rest, rest.exceptions)
try:
    try:
        raise KeyError("only")
    except* ValueError:
        print("no")
except KeyError as k:
    print("naked passes through:", repr(k))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
except BaseException as g2:
    print("new raised:", repr(g2))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
