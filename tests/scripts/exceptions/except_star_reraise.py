def t(body):
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, repr(e), getattr(e, "exceptions", None))
def a():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("new")
def b():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("new")
    except* KeyError:
        raise OSError("other")
def c():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise RuntimeError("new")
def d():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
def e():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        raise eg
for f in [a, b, c, d, e]:
    t(f)
