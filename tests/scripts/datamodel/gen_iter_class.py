class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def __len__(self):
        return 1 + sum(len(c) for c in self.children)
    def __contains__(self, v):
        return any(x == v for x in self)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), len(t), 4 in t, 5 in t, sorted(t, reverse=True), max(t), sum(t))
print([x * 10 for x in t], {x % 2 for x in t}, dict.fromkeys(t, 0))
a, b, *rest = t
print(a, b, rest)
it = iter(t)
print(next(it), next(it), list(it))
def pairs(seq):
    it = iter(seq)
    for x in it:
        yield x, next(it, None)
print(list(pairs(t)), list(pairs([1, 2, 3])))
