# finally runs on normal exit, on exceptions, on return and on break.
def f(x):
    try:
        print("try", x)
        if x == 0:
            raise ValueError("zero")
        return "returned " + str(x)
    except ValueError as e:
        print("except", e)
        return "handled"
    finally:
        print("finally", x)

print(f(1))
print(f(0))

for i in range(3):
    try:
        if i == 1:
            print("continue at", i)
            continue
        if i == 2:
            print("break at", i)
            break
        print("body", i)
    finally:
        print("cleanup", i)

def outer():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")

outer()

try:
    print("no error")
finally:
    print("finally without except")
