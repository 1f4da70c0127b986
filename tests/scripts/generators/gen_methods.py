# Generators as methods: __iter__ written with yield, generator-based classes.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            for v in child:
                yield v
    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))
print(list(t.leaves()))
print(sum(t), max(t), 5 in t, 9 in t)
for d, v in t.depth_first():
    print("  " * d + str(v))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd))
it1, it2 = iter(cd), iter(cd)
print(next(it1), next(it1), next(it2))
class Registry:
    def __init__(self):
        self.items = {}
    def add(self, k, v):
        self.items[k] = v
        return self
    def matching(self, pred):
        return (k for k, v in self.items.items() if pred(v))
r = Registry().add("a", 1).add("b", 20).add("c", 3)
print(sorted(r.matching(lambda v: v < 10)))
class Paginator:
    def __init__(self, data, size):
        self.data, self.size = data, size
    def pages(self):
        for i in range(0, len(self.data), self.size):
            yield self.data[i:i + self.size]
print(list(Paginator(list(range(7)), 3).pages()))
print(dict(enumerate(Countdown(2))))
a, b, c = Countdown(3)
print(a, b, c)
print([*Countdown(2), *Tree(9)])
