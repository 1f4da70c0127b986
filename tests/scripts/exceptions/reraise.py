# Bare raise re-raises the exception currently being handled.
def risky(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("wrapper logging, re-raising")
        raise

print(wrapper(4))
try:
    wrapper(-3)
except ValueError as e:
    print("top level got:", e)

try:
    try:
        raise IndexError("first")
    except IndexError as e:
        print("handling", e)
        raise RuntimeError("second")
except RuntimeError as e:
    print("replaced by", repr(e))

def nested_reraise():
    try:
        try:
            [][0]
        except IndexError:
            raise
    except IndexError as e:
        return "outer saw: " + str(e)

print(nested_reraise())
