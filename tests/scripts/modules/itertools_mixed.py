# itertools objects used as iterators: next() mixed with for loops, zip with itself,
# nesting, and the recipes from the docs
from itertools import (accumulate, chain, count, cycle, groupby, islice, pairwise, product,
                       repeat, starmap, takewhile, tee, zip_longest)
import operator

c = count(1)
print(list(zip(c, c, "abc")))
print(next(c))
for x in c:
    if x > 9:
        break
print(next(c))

ch = chain("ab", "cd")
print(next(ch))
for x in ch:
    print("loop", x)
    if x == "c":
        break
print(list(ch))

cy = cycle([1, 2, 3])
print([next(cy) for _ in range(4)], list(islice(cy, 5)))


def take(n, iterable):
    return list(islice(iterable, n))


def chunked(iterable, n):
    it = iter(iterable)
    while True:
        chunk = tuple(islice(it, n))
        if not chunk:
            return
        yield chunk


def roundrobin(*iterables):
    pending = len(iterables)
    nexts = cycle([(lambda i=iter(it): next(i)) for it in iterables])
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def sliding_window(iterable, n):
    iterators = tee(iterable, n)
    for i, it in enumerate(iterators):
        for _ in islice(it, i):
            pass
    return zip(*iterators)


print(take(4, count(10, 3)), list(chunked("abcdefg", 3)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(sliding_window("abcde", 3)))
print(list(accumulate(chain([1], repeat(2, 4)), operator.mul)))
print(list(starmap(operator.mul, zip(count(1), "abc"))))
print(list(takewhile(lambda p: p[0] < 2, product(range(3), "xy"))))
print(list(pairwise(accumulate(range(6)))))
print(dict(zip_longest("abc", range(2))))
print(sum(islice(count(), 0, 100, 7)), max(chain([3], [9, 1])), sorted(chain("ba", "dc")))
print(list(enumerate(islice("abcdef", 1, None, 2), 1)))
print("-".join(chain.from_iterable(zip("abc", "123"))))
print(list(map(len, [list(g) for k, g in groupby(sorted("mississippi"))])))
