# Uncaught ZeroDivisionError from true division of ints.
a = 10
b = 0
print("dividing", a, "by", b)
print(a / b)
