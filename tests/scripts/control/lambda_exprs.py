# lambda: defaults, closures, keyword args, immediate calls, sorting keys.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print(type(sq).__name__, sq.__name__)
fns = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fns])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: -p[0]))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda v: v % 3 == 0, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(inc, sq)(3), compose(sq, inc)(3))
cond = lambda x: "big" if x > 5 else "small"
print(cond(3), cond(8))
kwonly = lambda *, k=1: k * 2
print(kwonly(), kwonly(k=4))
try:
    sq()
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(3)
except TypeError as e:
    print("TypeError:", e)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y: x - y)(10, y=3))
