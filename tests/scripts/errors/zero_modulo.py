# Uncaught ZeroDivisionError from int modulo.
for d in [3, 2, 1, 0]:
    print(7, "%", d, "=", 7 % d)
