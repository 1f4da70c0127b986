# Exceptions propagate up through several call frames.
def level3(x):
    print("level3 start")
    if x > 2:
        raise ValueError("x too big: " + str(x))
    print("level3 end")
    return x

def level2(x):
    print("level2 start")
    r = level3(x)
    print("level2 end")
    return r

def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("level1 caught:", e)
        return -1
    finally:
        print("level1 finally")

print(level1(1))
print(level1(5))

def raiser(kind):
    if kind == "key":
        raise KeyError("missing-key")
    if kind == "attr":
        raise AttributeError("no such attribute")
    if kind == "stop":
        raise StopIteration("done")
    raise Exception("plain exception")

for kind in ["key", "attr", "stop", "other"]:
    try:
        raiser(kind)
    except Exception as e:
        print(kind, repr(e), str(e))
e = ValueError("made, not raised")
print(e, repr(e), repr(ValueError()), repr(Exception("x")))
