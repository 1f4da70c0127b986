# Recursive bigint computations.
def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)

def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base

print(fact(30))
print(fact(40))
print(power(3, 50), 3 ** 50 == power(3, 50))
print(power(2, 127) - 1)

def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))

row = []
for k in range(11):
    row.append(binom(10, k))
print(row)
print(binom(100, 50))
