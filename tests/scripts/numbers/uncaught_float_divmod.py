# Float modulo by zero, uncaught.
a = 7.5
b = 2.5
print(a % b, a // b)
b -= 2.5
print(b)
print(a % b)
