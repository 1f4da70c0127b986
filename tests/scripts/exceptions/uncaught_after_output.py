# Output printed before an uncaught exception must still appear.
def check(values):
    for v in values:
        print("checking", v)
        if v < 0:
            raise ValueError("bad")
    return "all good"

print(check([1, 2]))
try:
    check([3, -1])
except ValueError as e:
    print("first failure handled:", e)
print(check([5, -5, 6]))
print("never printed")
