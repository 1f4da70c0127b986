# hash of numbers, sum() of mixed numbers, float accumulation.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.0), hash(0.5), hash(-0.0), hash(1e100) == hash(int(1e100)))
print(hash(True), hash(10 ** 30) == hash(10 ** 30), hash(2 ** 64))
print(hash(float("inf")), hash(float("-inf")))
print(sum([1, 2, 3]), sum([1, 2.5]), sum([]), sum([], 10), sum(range(101)))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([2 ** 64, 2 ** 64]), sum([True, True, 3]), sum((1.5, -1.5)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
t = 0.0
for i in range(10):
    t += 0.1
print(t, round(t, 10))
print(sum(range(10), start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
