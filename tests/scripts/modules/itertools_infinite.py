# count, cycle, repeat: values, laziness and reprs
from itertools import count, cycle, repeat, islice


def noisy(items):
    for x in items:
        print("  produce", x)
        yield x


c = count()
print([next(c) for _ in range(3)], repr(c))
c = count(10, 5)
print(next(c), next(c), repr(c))
print(repr(count(5, 1.0)), repr(count(0.5)), repr(count(step=3)), repr(count(5, True)))
c = count(2.5, 0.5)
print([next(c) for _ in range(4)])
print(repr(count(2 ** 70)), next(count(-3, -2)))
for bad in [("a",), (1, "a"), (None,)]:
    try:
        count(*bad)
    except TypeError as e:
        print("TypeError:", e)

print("cycle:")
cy = cycle(noisy("ab"))
print("made")
for _ in range(5):
    print(next(cy))
print(list(cycle([])))
try:
    cycle(5)
except TypeError as e:
    print("TypeError:", e)
try:
    cycle()
except TypeError as e:
    print("TypeError:", e)

print("repeat:")
r = repeat("x", 3)
print(repr(r), next(r), repr(r))
print(list(r), repr(r), list(r))
print(list(repeat(7, -2)), repr(repeat(7, -2)), repr(repeat(None)))
print(list(islice(repeat([1]), 3)))
print(list(repeat(1, times=2)))
for bad in [("a", "b"), ("a", 1.5)]:
    try:
        repeat(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    repeat()
except TypeError as e:
    print("TypeError:", e)
print(list(map(pow, range(5), repeat(2))))
print(type(count()).__name__, type(cycle("")).__name__, type(repeat(1)).__name__)
print(isinstance(count(), count))
