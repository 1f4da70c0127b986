r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(r.index(8), r.count(8), r.count(9), r.count("x"), range(10).index(True))
try:
    r.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    r.index("x")
except ValueError as e:
    print("ValueError", e)
print(r[1:4], r[::-1], r[::2], r[-2:], range(10)[3:100], range(10)[::-3], range(0)[1:2])
print(range(10, 0, -2)[1:3], range(10)[5:2], list(r[1:4]))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
print(hash(range(3)) == hash(range(4)))
print(range(0) == range(5, 5), range(1, 2, 5) == range(1, 3, 7))
try:
    range(10)[::0]
except ValueError as e:
    print("ValueError", e)
try:
    r.index()
except TypeError as e:
    print("TypeError", e)
print(type(iter(range(3))).__name__, repr(r), repr(range(5)))
print(range(3) in [range(0, 3)])
d = {range(3): "a"}
print(d[range(0, 3, 1)])
