# Comparisons between ints, floats and bools, including big and special values.
print(1 == 1.0, 1 < 1.5, 2 > 1.999, -1 <= -1.0, 3 != 3.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"))
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 1)
print(inf > 10 ** 1000, -inf < -(10 ** 1000), inf == inf, inf - inf)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005)
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max(1, True))
print(sorted([3, 1.5, True, 0, -2.5, 2]))
print(-0.0 == 0.0, 0 == -0.0)
print([1, 2.0] == [1.0, 2], (1, 2) < (1, 2.5))
print(hash(1) == hash(1.0), hash(2 ** 70) == hash(float(2 ** 70)))
d = {1: "int"}
d[1.0] = "float"
print(d)
print(1.0 in [1], 2 in [2.0], 0 in [False])
try:
    print(1 < "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.5 >= None)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1.0 != "x", None == 0)
