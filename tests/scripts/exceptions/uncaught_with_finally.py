# finally blocks still run while an uncaught exception unwinds.
def inner():
    try:
        print("inner body")
        raise IndexError("unwinding")
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    finally:
        print("outer finally")

try:
    outer()
except IndexError as e:
    print("caught once:", e)
outer()
print("not reached")
