# Uncaught ZeroDivisionError from float division.
print(1.5 / 3)
print(1.5 / 0.0)
