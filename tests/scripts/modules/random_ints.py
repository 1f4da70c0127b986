# randint and randrange, including steps (positive and negative) and big ranges.
import random

for s in [0, 1, 42, 2**40, -7, 2**200 + 1]:
    random.seed(s)
    print("seed", s)
    print([random.randint(1, 6) for i in range(30)])
    print([random.randint(-1000, 1000) for i in range(15)])
    print([random.randrange(10) for i in range(20)])
    print([random.randrange(5, 25) for i in range(15)])
    print([random.randrange(0, 100, 7) for i in range(15)])
    print([random.randrange(100, 0, -9) for i in range(15)])
    print([random.randrange(-50, 50, 13) for i in range(10)])
    print([random.randrange(1, 2) for i in range(5)])
    print(random.randrange(2**64), random.randrange(2**100), random.randrange(-2**70, 2**70, 3))
    print(random.randint(10**30, 10**30 + 10), random.randint(-2**65, -2**64))
    print([random.randint(0, 2**k) for k in range(28, 40)])

random.seed(5)
print(random.randrange(start=3, stop=30, step=3), random.randrange(10, step=1),
      random.randint(a=1, b=2), random.randrange(True), random.randint(False, True))
print(random.randrange(10.0), random.randrange(1, 10.0))

# randint(a, a) is always a, and uses no state.
random.seed(1)
print([random.randint(4, 4) for i in range(3)], random.random())
