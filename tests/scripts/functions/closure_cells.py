# Closures share cells: late binding, shared state, cells outliving frames.
def make_pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter

s, g = make_pair()
s(42)
print(g())
s("str")
print(g())
def late():
    fns = [lambda: i for i in range(3)]
    i = 99
    return [f() for f in fns]
print(late())
def late2():
    fns = []
    i = 0
    while i < 3:
        fns.append(lambda: i)
        i += 1
    return [f() for f in fns]
print(late2())
def assigned_after():
    def show():
        return msg
    msg = "assigned after def"
    return show()
print(assigned_after())
def accumulator(start):
    total = [start]
    def add(x):
        total[0] += x
        return total[0]
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc(100))
def compose_all(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose_all(lambda x: x + 1, lambda x: x * 2, str.strip)
try:
    print(pipeline(" 5 "))
except TypeError as e:
    print("TypeError:", e)
print(compose_all(len, str.strip)("  abc  "))
def counter_factory():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return hit
hit = counter_factory()
hit("a"); hit("b"); print(hit("a"))
def nested_three():
    a = 1
    def l2():
        b = 2
        def l3():
            return a + b
        return l3
    return l2()
print(nested_three()())
def unbound_free():
    def use():
        return later
    try:
        use()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 1
    return use()
print(unbound_free())
