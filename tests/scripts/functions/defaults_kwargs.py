# Default arguments and keyword arguments at call sites.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", punct="?"))
print(greet(greeting="Yo", name="Bob"))
print(greet("Cy", punct=".", greeting="Bye"))

def box(w, h=None, fill="#"):
    if h is None:
        h = w
    return [fill * w] * h

print(box(3))
print(box(2, 1))
print(box(w=1, fill="*", h=3))

def accumulate(x, acc=[]):
    acc.append(x)
    return acc

print(accumulate(1))
print(accumulate(2))
print(accumulate(3, []))
print(accumulate(4))

def scaled(x, factor=2 * 3):
    return x * factor

print(scaled(5), scaled(5, factor=0.5))
print("keyword print", "args", sep="-", end=".\n")
