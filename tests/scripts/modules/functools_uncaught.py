# an error raised inside functools.reduce ends the script with CPython's message
import functools
import operator

print(functools.reduce(operator.add, [[1], [2]]))
functools.reduce(operator.add, iter([]))
print("not reached")
