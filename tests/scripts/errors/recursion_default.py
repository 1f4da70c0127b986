# Unbounded recursion raises RecursionError.
def f():
    return f()

print("recursing")
f()
