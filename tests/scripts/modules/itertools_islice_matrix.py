# islice over many (start, stop, step): the items produced and how far the source advanced
from itertools import islice

lines = []
for n in [0, 3, 7]:
    for start in [None, 0, 1, 2, 4]:
        for stop in [None, 0, 1, 2, 5, 9]:
            for step in [None, 1, 2, 3]:
                src = iter(range(n))
                got = list(islice(src, start, stop, step))
                rest = list(src)
                lines.append(f"n={n} [{start}:{stop}:{step}] -> {got} left {rest}")
for line in lines:
    print(line)

# partially consumed islice, then the source
src = iter(range(10))
s = islice(src, 1, 8, 3)
print(next(s), next(src), next(s), next(src), list(s), list(src))
