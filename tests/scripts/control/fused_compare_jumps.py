# The compiler fuses "local <op> constant" comparisons and jumps; every operand type and every
# comparison operator must still behave exactly as unfused code.
def classify(x):
    if x is None:
        return "none"
    if x == 2:
        return "two"
    if x < 0:
        return "negative"
    if x is not 3:
        return "other"
    return "three"

for v in [None, 2, -1, 3, 5, 2.0, True, -0.5, 10**20]:
    print(repr(v), classify(v))

def small(s):
    if s < 1:
        return "small"
    return "big"

print(small(0.5), small(1.5), small(True), small(False))
try:
    small("x")
except TypeError as e:
    print("TypeError:", e)

def count_down(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps += 1
    return steps

print(count_down(5), count_down(-3), count_down(2.5))

def big(n):
    return n + 1, n - 2, n * 3

print(big(9223372036854775807))
print(big(-9223372036854775808))
print(big(1.5))
