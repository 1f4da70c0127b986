# next() on an exhausted iterator at top level ends with StopIteration.
it = iter(["only"])
print(next(it))
print(next(it, "fallback"))
next(it)
