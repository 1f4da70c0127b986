# Nested loops: multiplication table, triangles, early exit flags.
for i in range(1, 5):
    line = ""
    for j in range(1, 5):
        line += str(i * j) + " "
    print(line.strip())

for n in range(1, 5):
    print("*" * n)

target = 12
done = False
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == target:
            print("factor pair", a, b)
        if a + b == target:
            done = True
            break
    if done:
        print("stopping at a =", a)
        break

count = 0
i = 0
while i < 4:
    for j in range(i):
        count += j
    i += 1
print("count", count)
