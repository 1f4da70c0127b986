# Calling a function with too many positional arguments.
def f(x):
    return x * 2

print(f(21))
print(f(1, 2))
