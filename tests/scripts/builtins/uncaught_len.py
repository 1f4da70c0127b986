# len() of an int is an uncaught TypeError.
sizes = [len("abc"), len([1, 2]), len({})]
print(sizes)
value = 12345
print(len(str(value)))
print(len(value))
