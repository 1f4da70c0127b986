# Calling a value that is not a function.
value = 5
print(value)
value()
