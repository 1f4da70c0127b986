print(list(enumerate(range(3))), list(enumerate([1, 2], 5)), list(enumerate(enumerate("ab"))))
for i, (j, c) in enumerate(enumerate("xy", 10)):
    print(i, j, c)
e = enumerate((7, 8))
print(next(e), list(e), list(e))
lst = [1, 2, 3]
for i, v in enumerate(lst):
    if i == 0:
        lst.append(4)
    print(i, v)
r = range(0, 10, 3)
print([x for x in r], [x for x in range(5, 0, -2)], [x for x in range(2**62, 2**62 + 2)])
t = tuple(enumerate(iter([1, 2])))
print(t, t[0] is t[1])
