# Raising an exception class without arguments.
print("raising a bare KeyError class")
raise KeyError
