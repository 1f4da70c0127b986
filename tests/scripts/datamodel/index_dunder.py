# Objects with __index__ are accepted wherever CPython takes an index.
import operator


class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


lst = [10, 20, 30, 40, 50]
t = tuple(lst)
s = "abcde"
print(lst[I(1)], t[I(-1)], s[I(2)], b"xyz"[I(0)], range(10)[I(3)])
print(lst[I(1):I(3)], t[:I(2)], s[I(1)::I(2)], lst[slice(I(0), None, I(2))])
print(list(range(I(3))), list(range(I(1), I(7), I(2))))
print(bin(I(5)), hex(I(255)), oct(I(8)), operator.index(I(7)))
print([0] * I(3), I(2) * [1], "ab" * I(2), (1,) * I(2))
lst[I(0)] = 99
del lst[I(1)]
print(lst)
lst[I(0):I(2)] = ["a", "b", "c"]
print(lst)
print("%d" % 3, "{:d}".format(5))
try:
    lst[I(100)]
except IndexError as e:
    print("IndexError", e)


class NotIndex:
    pass


for f in (lambda: lst[NotIndex()], lambda: range(NotIndex()), lambda: hex(NotIndex()),
          lambda: operator.index(NotIndex()), lambda: [1] * NotIndex(), lambda: "x"[float(1)]):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
