# for/while with else: else runs only when the loop was not left by break.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("no", target)
        return -1
    return i

print(find([3, 1, 4], 4))
print(find([3, 1, 4], 9))
print(find([], 1))

n = 0
while n < 3:
    n += 1
else:
    print("while done, n =", n)

n = 10
while n > 0:
    if n % 7 == 0:
        print("break at", n)
        break
    n -= 1
else:
    print("never printed")

while False:
    pass
else:
    print("else of a loop that never ran")

for i in range(3):
    if i == 1:
        continue
    print("body", i)
else:
    print("continue does not skip else")

def primes(limit):
    out = []
    for p in range(2, limit):
        for d in range(2, p):
            if p % d == 0:
                break
        else:
            out.append(p)
    return out

print(primes(30))

def ret_in_loop():
    for x in range(5):
        if x == 2:
            return "returned " + str(x)
    else:
        return "else"

print(ret_in_loop())
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print("inner completed for", outer)
    print("outer", outer, "inner", inner)
