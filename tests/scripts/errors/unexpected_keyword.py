# Calling a function with an unknown keyword argument.
def area(w, h=1):
    return w * h

print(area(3, h=4))
print(area(3, depth=2))
