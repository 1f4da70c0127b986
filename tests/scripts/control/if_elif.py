# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))

for cond in [0, 1, "", "x", [], [0], None, 0.0, {}]:
    if cond:
        print(repr(cond), "is truthy")
    else:
        print(repr(cond), "is falsy")

x = 7
if x > 5:
    if x % 2 == 1:
        print("big odd")
    else:
        print("big even")
if x:
    pass
print("done")
