# raise X from Y sets __cause__; implicit chaining sets __context__; from None suppresses.
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config: " + text) from e

try:
    load("abc")
except ConfigError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")

try:
    implicit()
except RuntimeError as e:
    print("cause:", e.__cause__, "context:", repr(e.__context__), e.__suppress_context__)

def hidden():
    try:
        [][0]
    except IndexError:
        raise ValueError("clean") from None

try:
    hidden()
except ValueError as e:
    print("from None:", e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise TypeError("outer") from KeyError("explicit cause")
except TypeError as e:
    print("direct:", repr(e.__cause__), e.__context__)

try:
    raise ValueError("x") from ZeroDivisionError
except ValueError as e:
    print("class as cause:", type(e.__cause__).__name__, e.__cause__.args)

try:
    raise ValueError("bad") from 5
except TypeError as e:
    print("TypeError:", e)

fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)
def chain3():
    try:
        try:
            1 / 0
        except ZeroDivisionError as a:
            raise KeyError("second") from a
    except KeyError as b:
        raise IndexError("third")

try:
    chain3()
except IndexError as e:
    seen = []
    cur = e
    while cur is not None:
        seen.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(seen))
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e from e
except ValueError as e:
    print("self cause:", e.__cause__ is e)
