# getstate/setstate and independent random.Random instances (also subclassed).
import random
from random import Random, randint

random.seed(17)
st = random.getstate()
print(st[0], len(st[1]), st[1][:4], st[1][-1], st[2])
a = [random.random() for i in range(5)]
random.setstate(st)
print(a == [random.random() for i in range(5)])

# gauss_next is part of the state.
random.seed(4)
random.gauss()
st = random.getstate()
print(st[2])
x = random.gauss()
random.setstate(st)
print(x == random.gauss())

# Version-2 states (signed words) are accepted.
random.seed(5)
st = random.getstate()
words = [w - 2**32 if w >= 2**31 else w for w in st[1]]
random.setstate((2, tuple(words), None))
print(random.random())
random.setstate(st)
print(random.random())

# The index word may be anywhere in 0..624.
random.seed(6)
words = list(random.getstate()[1])
words[624] = 0
random.setstate((3, tuple(words), None))
print(random.random(), random.getstate()[1][-1])

r = Random(42)
random.seed(42)
print(r.random() == random.random(), r.randint(1, 100), r.choice("abc"))
r2 = Random(x=42)
print(r2.random(), r2.getrandbits(40), r2.randrange(0, 50, 5))
l = list(range(8))
r2.shuffle(l)
print(l, r2.sample(range(20), 4), r2.choices("ab", [1, 3], k=5))
print(r2.uniform(0, 1), r2.gauss(), r2.triangular())
r2.seed(42)
print(r2.random())
r2.seed("text")
print(r2.random())
s = r2.getstate()
r3 = Random()
r3.setstate(s)
print(r2.random() == r3.random())
print(type(r).__name__, isinstance(r, Random))


class Dice(Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(3)
print([d.roll() for i in range(12)], isinstance(d, Random), type(d).__name__)
