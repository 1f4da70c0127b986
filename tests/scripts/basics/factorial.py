# Factorials overflow i64 around 21! and must continue exactly.
def factorial(n):
    result = 1
    i = 2
    while i <= n:
        result *= i
        i += 1
    return result

for n in [0, 1, 5, 10, 20, 21, 25, 30]:
    print(n, factorial(n))

f30 = factorial(30)
print(f30 // factorial(28))
print(f30 % 1000007)
print(f30 == 265252859812191058636308480000000)
s = 0
for ch in str(factorial(50)):
    s += int(ch)
print("digit sum of 50!:", s)
