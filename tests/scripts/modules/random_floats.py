# uniform, triangular and the other real-valued distributions.
import random

for s in [0, 1, 42, 2**40, -7]:
    random.seed(s)
    print("seed", s)
    print([random.uniform(1, 5) for i in range(5)])
    print(random.uniform(2.5, -1), random.uniform(0, 0), random.uniform(-10, 10))
    print(random.triangular(), random.triangular(1, 3), random.triangular(1, 3, 2.5),
          random.triangular(0, 10, 0), random.triangular(2, 2, 5), random.triangular(4, 4))
    print([random.gauss() for i in range(5)])
    print(random.gauss(5, 2), random.gauss(mu=100, sigma=15), random.gauss(0, 0))
    print([random.normalvariate() for i in range(4)], random.normalvariate(10, 0.5))
    print(random.expovariate(2), random.expovariate(0.1), random.expovariate(-1))
    print(random.lognormvariate(0, 1), random.lognormvariate(1, 0.25))
    print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0), random.vonmisesvariate(6, 50))
    print(random.gammavariate(0.5, 2), random.gammavariate(1, 2), random.gammavariate(3, 2),
          random.gammavariate(0.01, 1))
    print(random.betavariate(2, 3), random.betavariate(0.5, 0.5))
    print(random.paretovariate(2), random.weibullvariate(1, 2), random.weibullvariate(3, 0.5))

# gauss keeps its second value; reseeding drops it.
random.seed(3)
g1 = random.gauss()
random.seed(3)
print(g1 == random.gauss(), random.gauss())
random.seed(3)
random.gauss()
random.seed(3)
print(random.gauss() == g1)
