# Generators run lazily: prints show exactly when each stage executes.
def numbers(n):
    print("numbers: start")
    for i in range(n):
        print("numbers: yield", i)
        yield i
    print("numbers: done")

def squares(it):
    print("squares: start")
    for x in it:
        print("squares: got", x)
        yield x * x

gen = squares(numbers(3))
print("pipeline built, nothing ran yet")
print("first:", next(gen))
print("second:", next(gen))
for rest in gen:
    print("loop:", rest)
print("exhausted")
def tagged(label):
    print("enter", label)
    yield label + "1"
    print("between", label)
    yield label + "2"
    print("leave", label)
a, b = tagged("a"), tagged("b")
print(next(a), next(b), next(a), next(b))
print(list(a), list(b))
g = numbers(2)
print(type(g).__name__)
print(list(zip(numbers(2), "xyz")))
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(2, numbers(100)))
