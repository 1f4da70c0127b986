# while loops with break and continue.
i = 0
while i < 5:
    print("i =", i)
    i += 1
print("after loop i =", i)

n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps:", steps)

k = 0
while True:
    k += 1
    if k % 3 == 0:
        continue
    if k > 10:
        break
    print("k", k)
print("broke at", k)

count = 0
while count < 3:
    count += 1
    inner = 0
    while True:
        inner += 1
        if inner == count:
            break
    print("outer", count, "inner", inner)
