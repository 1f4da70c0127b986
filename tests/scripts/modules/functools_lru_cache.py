# functools.lru_cache / cache: hits, misses, eviction order, cache_info, cache_clear
from functools import cache, lru_cache


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1]:
    square(x)
print(calls, square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], list(info), len(info))
print(info == (2, 5, 2, 2), tuple(info))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)


@lru_cache(maxsize=None)
def add(a, b=0, *, scale=1):
    print("  computing", a, b, scale)
    return (a + b) * scale


print(add(1, 2), add(1, 2), add(1, b=2), add(1, b=2), add(b=2, a=1), add(1, 2, scale=3))
print(add.cache_info(), add.cache_parameters())
print(add(1), add(1.0), add(True))
print(add.cache_info())


@cache
def words(s):
    print("  split", repr(s))
    return s.split()


print(words("a b"), words("a b"), words.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache([1]), nocache.cache_info())


@lru_cache(maxsize=-5)
def neg(x):
    return x


print(neg.cache_info(), lru_cache(3)(len).cache_parameters())


@lru_cache(typed=True)
def typed(x):
    print("  typed call", repr(x))
    return x


typed(1)
typed(1.0)
typed(1)
print(typed.cache_info())
print(fib.__name__, words.__name__, fib.__wrapped__(5))
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
for bad in ["a", 1.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    lru_cache(maxsize=3)(5)
except TypeError as e:
    print("TypeError:", e)


@lru_cache(maxsize=3)
def fails(x):
    raise ValueError(x)


try:
    fails(1)
except ValueError as e:
    print("ValueError:", e, fails.cache_info())
