# An uncaught assert with a message ends the script.
def mean(xs):
    assert xs, "mean of an empty list"
    return sum(xs) / len(xs)

print(mean([1, 2, 3]))
print(mean([10]))
print(mean([]))
print("unreachable")
