# raise ... from None, uncaught.
def get(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no such key: {key}") from None

print(get({"x": 1}, "x"))
get({}, "y")
