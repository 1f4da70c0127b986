try:
    missing_name
except NameError as e:
    print(e.name)
e = ValueError("bad value")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
def inner():
    raise KeyError("k")
def outer():
    try:
        inner()
    except KeyError as exc:
        raise ValueError("outer failed") from exc
try:
    outer()
except ValueError as err:
    err.add_note("while loading config")
    raise
