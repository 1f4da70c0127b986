# raise ... from ..., uncaught: the last traceback line is the final exception.
class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e

print(parse("12"))
print(parse("x1"))
