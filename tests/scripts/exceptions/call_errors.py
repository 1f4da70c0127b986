# TypeErrors from calling functions with bad arguments.
def f(x):
    return x

def g(a, b=2):
    return a + b

try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    g(1, c=3)
except TypeError as e:
    print(e)
try:
    g(1, a=3)
except TypeError as e:
    print(e)
try:
    x = 5
    x()
except TypeError as e:
    print(e)
print(g(1), g(1, 5), g(b=0, a=9))
