# except (A, B) as e, handler order, and the name being unbound after the handler.
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("nope")
    return "fine"

for kind in ["key", "index", "type", "value", "ok"]:
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print(kind, "lookup:", type(e).__name__, repr(e))
    except (TypeError, ValueError) as e:
        print(kind, "bad value:", type(e).__name__, e)
    else:
        print(kind, "no exception:", result)

try:
    risky("key")
except KeyError as err:
    saved = err
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print("saved:", repr(saved))
handlers = (ZeroDivisionError, OverflowError)
try:
    1 % 0
except handlers as e:
    print("dynamic tuple caught", type(e).__name__, e)
try:
    float("bad")
except (KeyError, ValueError, TypeError) as e:
    print("three-way tuple caught", e)
def pick():
    return IndexError
try:
    [1][5]
except pick() as e:
    print("computed class caught", e)
try:
    try:
        raise ValueError("inner")
    except (KeyError, TypeError):
        print("not here")
except ValueError as e:
    print("propagated to outer:", e)
try:
    raise KeyError("k")
except Exception as e:
    print(isinstance(e, LookupError), e.args)
try:
    {}["x"]
except (LookupError,) as e:
    print("single-element tuple", repr(e))
