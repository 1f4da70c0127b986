# Infinite generators consumed partially: fibonacci, primes, cycling, counters.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, gen):
    return [next(gen) for _ in range(n)]

print(take(15, fib()))
f = fib()
for value in f:
    if value > 10 ** 20:
        print("first fib over 1e20:", value)
        break
print("continue from there:", next(f))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(12, primes()))
def cycle(items):
    while True:
        for it in items:
            yield it
c = cycle("abc")
print("".join(take(8, c)))
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
print(take(5, count(10, -3)))
print(list(zip("xyz", count(1))))
def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
def windows(gen, size):
    buf = []
    for x in gen:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
w = windows(count(), 3)
print(take(4, w))
def running_total(gen):
    total = 0
    for x in gen:
        total += x
        yield total
print(take(6, running_total(count(1))))
