# accumulate, compress, dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest
import operator
from itertools import (accumulate, compress, dropwhile, filterfalse, pairwise, starmap,
                       takewhile, zip_longest)


def noisy(name, items):
    for x in items:
        print(f"  {name} produce {x!r}")
        yield x


def show(label, it):
    print(label, "made")
    print(label, list(it))


show("acc", accumulate(noisy("a", [1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])), list(accumulate([1, 2], initial=None)))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([1, 2, 3], lambda t, x: t * 10 + x, initial=0)))
print(list(accumulate(iterable=[1, 2], func=operator.sub)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)

show("compress", compress(noisy("d", "ABCDEF"), noisy("s", [1, 0, 1, 1])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1, 1, 1])))

show("drop", dropwhile(lambda x: x < 3, noisy("w", [1, 2, 3, 1, 5])))
print(list(dropwhile(lambda x: True, [1, 2])))
show("take", takewhile(lambda x: x < 3, noisy("w", [1, 2, 3, 1, 5])))
it = iter([1, 2, 5, 6, 1])
print(list(takewhile(lambda x: x < 3, it)), list(it))
print(list(takewhile(bool, [])))

print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
show("ff", filterfalse(lambda x: x % 2, noisy("f", range(5))))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.add, ["ab", [1, 2]])))
show("star", starmap(max, noisy("t", [(1, 2), [5, 3]])))
try:
    list(starmap(len, [1]))
except TypeError as e:
    print("TypeError:", e)

show("pw", pairwise(noisy("p", "abcd")))
print(list(pairwise([])), list(pairwise([1])))

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([], [])))
show("zl", zip_longest(noisy("x", [1, 2, 3]), noisy("y", "a"), fillvalue=0))

for make in [lambda: takewhile(None), lambda: dropwhile(None, 1), lambda: filterfalse(len),
             lambda: starmap(len, 3), lambda: pairwise(), lambda: pairwise(4),
             lambda: accumulate(), lambda: accumulate(7), lambda: compress([1], 2),
             lambda: zip_longest([1], foo=1), lambda: zip_longest(1),
             lambda: takewhile(len, [], x=1)]:
    try:
        make()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
