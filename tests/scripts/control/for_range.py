# for loops over range with one, two and three arguments.
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 7):
    print(i, end=" ")
print()
for i in range(0, 20, 4):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(-3, 3):
    print(i, end=" ")
print()
for i in range(5, -6, -5):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
for i in range(5, 2):
    print("never either")
print(list(range(3, -3, -1)))
print(list(range(1, 10, 3)), list(range(-10, -1, 4)))
total = 0
for i in range(101):
    total += i
print("sum 0..100 =", total)
for i in range(3):
    pass
print("i after loop:", i)
