# random(): exact CPython sequences after seeding with ints, big ints, negatives, floats,
# str/bytes (version 2 uses sha512, version 1 the old string hash).
import random

seeds = [0, 1, 2, 42, 1000, 2**31, 2**32, 2**32 - 1, 2**40, 2**64, -1, -7, -(2**40),
         2**100 + 12345, -(3**80), 10**50, True, False, 1.5, -2.5, 2.0, 1e100, 0.1,
         "", "hello", "héllo wörld", "x" * 200, b"", b"bytes", b"\x00\xff" * 70]
for s in seeds:
    random.seed(s)
    print(repr(s)[:40], [random.random() for i in range(4)])

for s in ["abc", b"abc", "", "snowman \u2603"]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random(), random.random())
    random.seed(s, 2)
    print("v2", repr(s), random.random())

random.seed(123)
print([random.random() for i in range(30)])

# Reseeding restarts the sequence; seed(n) and seed(-n) give the same stream.
random.seed(99)
a = [random.random() for i in range(5)]
random.seed(-99)
print(a == [random.random() for i in range(5)])
random.seed(a=99, version=2)
print(a == [random.random() for i in range(5)])

# A long run crosses several regenerations of the 624-word state.
random.seed(2024)
total = 0.0
for i in range(5000):
    total += random.random()
print(total, random.random())

# Unseeded generators still work.
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
random.seed(None)
print(type(random.random()).__name__)
