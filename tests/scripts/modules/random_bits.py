# getrandbits for every width up to 140 bits, and randbytes.
import random

random.seed(7)
for k in range(0, 141, 1):
    print(k, random.getrandbits(k))

for s in [0, 5, 2**70]:
    random.seed(s)
    print([random.getrandbits(32) for i in range(5)])
    print([random.getrandbits(8) for i in range(10)])
    print(random.getrandbits(1000))

random.seed(11)
for n in [0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 33]:
    print(n, random.randbytes(n))
