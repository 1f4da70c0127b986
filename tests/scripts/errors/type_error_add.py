# Uncaught TypeError: unsupported operand types.
n = 1
s = "a"
print("about to add")
print(n + s)
