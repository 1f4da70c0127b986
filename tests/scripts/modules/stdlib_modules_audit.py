from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
import itertools, functools, operator
d = deque([1, 2, 3], maxlen=4); d.append(4); d.appendleft(0); d.rotate(1); print(d, d.pop(), d.popleft(), len(d), d[0], list(reversed(d)), d.maxlen)
dd = defaultdict(list); dd["a"].append(1); dd["b"]; print(dict(dd), dd.default_factory is list, defaultdict(int)["x"])
c = Counter("abracadabra"); print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4], c + Counter("aa"), Counter(a=3) - Counter(a=1), sum(c.values()), c.total())
P = namedtuple("P", "x y"); p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, tuple(p), p == (1, 2), x if (x := p.x) else 0)
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od), od.popitem(last=False))
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(1, 3)), list(itertools.chain([1], (2,), "3")), list(itertools.chain.from_iterable([[1], [2]])))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abc", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul)), [(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.starmap(pow, [(2, 3)])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.pairwise([1, 2, 3])))
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10), functools.partial(pow, 2)(5))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named():
    """doc"""
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
@functools.cache
def sq(x): return x * x
print(sq(4), sq(4))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))), operator.itemgetter(1)([5, 6]), operator.attrgetter("x")(p), operator.neg(3))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(0))
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y.py"), os.path.dirname("/x/y.py"), os.path.splitext("f.tar.gz"), os.path.split("/a/b"), os.path.isabs("/a"), os.path.normpath("a//b/../c"), os.path.exists("/"), os.path.isdir("/tmp"), os.path.isfile("/tmp"))
