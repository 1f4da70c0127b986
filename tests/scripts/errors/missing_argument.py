# Calling a function without a required argument.
def f(x):
    return x * 2

print(f(2))
print(f())
