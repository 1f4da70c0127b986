s = slice(1, 3)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(1, 10, 2), slice(None, None, -1), slice("a", [1], 2.5))
print(type(s).__name__, type(s) is slice, isinstance(s, slice))
x = [0, 1, 2, 3, 4, 5, 6]
print(x[slice(1, 3)], x[slice(None, None, -2)], "abcdef"[slice(2)], (1, 2, 3)[slice(1, None)])
print(x[1:5] == x[slice(1, 5)])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(100, -100, -3).indices(7), slice(None).indices(0))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    slice("a").indices(4)
except TypeError as e:
    print("TypeError", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != slice(1, 2))
print(slice(1, 2) < slice(1, 3))
x[slice(0, 2)] = ["a", "b", "c"]
print(x)
del x[slice(0, 1)]
print(x)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)
class C:
    def __getitem__(self, k):
        return k
print(C()[1:2], C()[::3], C()[1:2, 3])
print(str(slice(1, 2)))
