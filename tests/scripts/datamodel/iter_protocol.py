# __iter__ and __next__: iterator classes, separate iterables, StopIteration, iter()/next().
class CountUp:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n

c = CountUp(3)
print(list(c), list(c))
print(iter(c) is c)
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return DeckIterator(self.cards)
class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == len(self.cards):
            raise StopIteration
        card = self.cards[self.i]
        self.i += 1
        return card
d = Deck(["A", "K", "Q"])
print(list(d), list(d))
for a in d:
    for b in d:
        if a < b:
            print(a + b, end=" ")
print()
it = iter(d)
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration from next()")
print(sorted(d), "K" in d, "J" in d, max(d), ",".join(d))
print(dict(zip(d, CountUp(10))), list(enumerate(d, 1)))
x, y, z = Deck([1, 2, 3])
print(x, y, z, [*Deck("ab"), *CountUp(2)])
class NotIterator:
    pass
try:
    next(NotIterator())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in NotIterator():
        pass
except TypeError as e:
    print("TypeError:", e)
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib()
for v in f:
    if v > 50:
        break
print("stopped at", v, "next is", next(f))
print(list(map(lambda p: p * 2, CountUp(4))), sum(CountUp(100)))
