# break and continue inside for loops, including nested loops.
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print("for", i)

found = None
for word in ["apple", "banana", "cherry", "date"]:
    if word.startswith("c"):
        found = word
        break
print("found", found)

for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)

primes = []
for n in range(2, 40):
    is_prime = True
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            is_prime = False
            break
    if not is_prime:
        continue
    primes.append(n)
print(primes)
