# Default values are evaluated once, at definition time.
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe_append(1), safe_append(2))
counter = 0
def next_id():
    global counter
    counter += 1
    print("evaluating default", counter)
    return counter

def tagged(tag=next_id()):
    return tag

print(tagged(), tagged(), tagged(99))
print("counter is", counter)
base = 10
def uses_base(n=base):
    return n
base = 20
print(uses_base(), base)
def memo(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r
print(memo(40), memo(10))
def kw_default(*, opts={}):
    opts["calls"] = opts.get("calls", 0) + 1
    return opts
kw_default(); kw_default()
print(kw_default(), kw_default(opts={}))
def make(n):
    def inner(k=n * 2):
        return k
    return inner
print(make(1)(), make(5)(), make(5)(0))
print(tagged(), uses_base(), counter)
