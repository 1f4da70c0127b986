# Building data in loops and swapping with tuple unpacking.
a, b = 0, 1
fibs = []
for _ in range(15):
    fibs.append(a)
    a, b = b, a + b
print(fibs)

x, y = 1, 2
x, y = y, x
print(x, y)
p, q, r = [7, 8, 9]
print(p, q, r)
s1, s2 = "hi"
print(s1, s2)

matrix = []
for i in range(3):
    row = []
    for j in range(4):
        row.append(i * j)
    matrix.append(row)
print(matrix)

stack = [1, 2, 3]
while stack:
    top = stack.pop()
    print("popped", top)
print("stack empty:", stack)

squares = {}
for n in range(1, 6):
    squares[n] = n * n
print(squares)
