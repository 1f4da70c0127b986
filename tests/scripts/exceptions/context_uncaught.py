# An error inside an except block, uncaught: implicit chaining, last line is the new error.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return d[k.upper()]

data = {"A": 1, "b": 2}
print(lookup(data, "a"))
print(lookup(data, "b"))
print(lookup(data, "c"))
