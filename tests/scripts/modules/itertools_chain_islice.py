# chain, chain.from_iterable and islice: laziness (what gets consumed when) and errors
import sys
from itertools import chain, islice


def noisy(name, n):
    for i in range(n):
        print(f"  {name} produce {i}")
        yield i


print("chain:")
ch = chain(noisy("a", 2), [], "xy", noisy("b", 1))
print("made")
print(list(ch))
print(list(ch))
ch = chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError:", e)
print(list(chain()))


def sources():
    print("  outer 1")
    yield noisy("p", 2)
    print("  outer 2")
    yield [9]


fi = chain.from_iterable(sources())
print("made", type(fi).__name__)
print(next(fi))
print(list(fi))
print(list(chain.from_iterable(["ab", "", "c"])))
try:
    chain.from_iterable(3)
except TypeError as e:
    print("TypeError:", e)
try:
    chain(1, x=2)
except TypeError as e:
    print("TypeError:", e)

print("islice:")
print(list(islice("abcdefg", 3)))
print(list(islice("abcdefg", 2, 5)))
print(list(islice("abcdefg", 1, None, 2)))
print(list(islice("abcdefg", None, None, 3)))
print(list(islice("abcdefg", None)))
print(list(islice(range(10), 0, 5, 3)))
print("step consumes up to stop:")
print(list(islice(noisy("s", 8), 0, 5, 3)))
print("start beyond stop still skips:")
print(list(islice(noisy("t", 8), 4, 2)))
print("stop 0 consumes nothing:")
print(list(islice(noisy("z", 3), 0)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
print(list(islice([1, 2], sys.maxsize)))
print(list(islice(noisy("e", 2), 5, 10)))
bad_args = [(-1,), ("a",), (1.0,), (-1, 3), (1, -3), (1, 3, 0), (1, 3, -1), (1, 3, "a"),
            (0, sys.maxsize + 1), (), (1, 2, 3, 4)]
for args in bad_args:
    try:
        islice([1], *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    islice(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    islice([1], stop=2)
except TypeError as e:
    print("TypeError:", e)
more = [(-3,), (0, -3), (-1, 1), ("a", 1), (sys.maxsize + 1, 1), (-3, "a"), ("a", -1),
        (1, 1, sys.maxsize + 1), ("a", "a", "a"), (-1, -1, 0), (-2 ** 70,), (None, 2, None)]
for args in more:
    try:
        islice([], *args)
        print("ok", args)
    except ValueError as e:
        print("ValueError:", e)
try:
    islice(1, -1)
except ValueError as e:
    print("ValueError:", e)
