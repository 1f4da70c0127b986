# Mixing positional, keyword and default parameters.
def describe(a, b, c=3, d=4):
    return [a, b, c, d]

print(describe(1, 2))
print(describe(1, 2, 30))
print(describe(1, 2, d=40))
print(describe(d=40, c=30, b=20, a=10))
print(describe(1, c=None, b="b"))

def volume(length, width=1, height=1):
    return length * width * height

print(volume(2), volume(2, 3), volume(2, height=5), volume(width=2, length=3))

def fmt(value, prefix="<", suffix=">"):
    return prefix + str(value) + suffix

print(fmt(1), fmt(2, suffix="]"), fmt(3, prefix="[", suffix="]"))
print(fmt(prefix="", value="bare", suffix=""))
print(sorted([3, 1, 2]), max(4, 9, 2), min([5, 3, 8]))
print("x", "y", "z", sep=", ")
print("end test", end="")
print("", end="\n")
print(1, 2, sep="")
