print(True & False, True | False, True ^ True, False ^ True, True & True, False | False)
print(type(True & False).__name__, type(True | 1).__name__, True | 2, True & 3, False ^ 5)
x = True
x &= False
print(x, type(x).__name__)
x |= True
print(x)
x ^= True
print(x)
for a, b in [(1.0, 1), (1, 1.0), (True, 1.5), ("a", 1), (None, True)]:
    for op in ["&", "|", "^"]:
        try:
            eval_ = {"&": lambda p, q: p & q, "|": lambda p, q: p | q, "^": lambda p, q: p ^ q}[op]
            print(eval_(a, b))
        except TypeError as e:
            print("TypeError", e)
try:
    1.0 << 1
except TypeError as e:
    print("TypeError", e)
try:
    2 >> 1.0
except TypeError as e:
    print("TypeError", e)
try:
    1.5 @ 2
except TypeError as e:
    print("TypeError", e)
print(~True, -True, +False)
