# map and filter with functions, lambdas, None, and multiple iterables.
print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(map(int, "123")), list(map(str.upper, ["x", "y"])), list(map(float, ["1.5", "2"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda n: n % 2, range(10))), list(filter(lambda s: s, [])), tuple(filter(None, (0, 2))))
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(lambda v: v > 1, [1, 2, 3])
print(next(f), next(f), next(f, "stop"))
calls = []
def trace(v):
    calls.append(v)
    return v * 2
lazy = map(trace, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(sum(map(int, "9999")), max(map(len, ["ab", "abcd", "a"])), sorted(map(abs, [-3, 1, -2])))
total = 1
for v in map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6])):
    total += v
print(total)
for bad in [lambda: list(map(abs, 5)), lambda: list(map(abs, ["x"])), lambda: list(filter(5, [1])),
            lambda: list(map(lambda a: a, [1], [2]))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
