# Chained comparisons evaluate each operand once and short-circuit.
x = 2
print(1 < x < 3, 1 < x < 2, 0 <= x <= 2, 3 > x > 1)
print(1 < 2 < 3 < 4, 1 < 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 3 > 2 < 5)

def noisy(v):
    print("eval", v)
    return v

print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(5))
print(0 < noisy(5) <= 5)
for v in [-1, 0, 5, 10, 11]:
    if 0 <= v <= 10:
        print(v, "in range")
    else:
        print(v, "out of range")
