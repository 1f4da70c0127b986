# Uncaught NameError after some output.
x = 1
print("x is", x)
print("y is", y)
