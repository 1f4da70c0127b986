# choice, shuffle, sample (with counts) and choices (with weights / cum_weights).
import random

for s in [0, 1, 42, 2**40, -7, 3**60]:
    random.seed(s)
    print("seed", s)
    print([random.choice("abcdefghij") for i in range(20)])
    print([random.choice([10, 20, 30]) for i in range(10)], random.choice((None,)),
          random.choice(range(1000)), random.choice(b"xyz"))
    deck = list(range(30))
    random.shuffle(deck)
    print(deck)
    words = ["ant", "bee", "cat", "dog", "eel"]
    random.shuffle(words)
    print(words)
    print(random.sample(range(100), 10))
    print(random.sample(range(10**6), 8))
    print(random.sample(list(range(60)), 30))
    print(random.sample("python", 6))
    print(random.sample(("a", "b", "c"), 2), random.sample([1, 2, 3], 0))
    print(random.sample(["red", "blue"], counts=[4, 2], k=5))
    print(random.sample([1, 2, 3], k=6, counts=[1, 2, 3]))
    print(random.choices("abc", k=10))
    print(random.choices([1, 2, 3], [5, 1, 1], k=10))
    print(random.choices([1, 2, 3], weights=[0.5, 0.25, 0.25], k=8))
    print(random.choices(["x", "y", "z"], cum_weights=[1, 2, 10], k=8))
    print(random.choices(range(5)), random.choices([7], k=3), random.choices([], k=0))

# Shuffling the same list twice from the same seed gives the same order.
random.seed(8)
a = list(range(10))
random.shuffle(a)
random.seed(8)
b = list(range(10))
random.shuffle(b)
print(a == b, a)

# Sample sizes that switch between the pool and the set algorithm.
random.seed(31)
for n, k in [(21, 3), (22, 3), (45, 6), (46, 6), (200, 20), (1000, 100)]:
    print(n, k, random.sample(range(n), k))

# Shuffle and sample of one-element and empty sequences use no state.
random.seed(2)
t = (5,)
random.shuffle(t)
e = []
random.shuffle(e)
print(t, e, random.random())
