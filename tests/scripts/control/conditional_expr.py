# Conditional expressions and truth-value based selection.
for n in range(-2, 3):
    sign = "neg" if n < 0 else ("zero" if n == 0 else "pos")
    parity = "even" if n % 2 == 0 else "odd"
    print(n, sign, parity)

def describe(xs):
    return "empty" if not xs else "one" if len(xs) == 1 else "many"

print(describe([]), describe([1]), describe([1, 2]))
print(1 if True else 2, 1 if False else 2)
vals = [3, 8, 1]
biggest = vals[0]
for v in vals:
    biggest = v if v > biggest else biggest
print("biggest", biggest)
name = ""
print("Hello, " + (name if name else "stranger"))
print(name or "default", [] or None, 0 if [] else 1)
