# An exception raised inside an except block replaces the original.
def handler_fails():
    try:
        [][0]
    except IndexError:
        print("in handler")
        return {}["oops"]

try:
    handler_fails()
except KeyError as e:
    print("got KeyError", e)

try:
    try:
        1 / 0
    finally:
        print("finally before propagation")
except ZeroDivisionError as e:
    print("propagated", e)

print("now failing for real")
try:
    int("nope")
except ValueError:
    raise TypeError("converted error")
