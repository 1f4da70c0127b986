# abs, all, any over many kinds of input.
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-(2 ** 70)), abs(True), abs(-0.0))
print(abs(float("-inf")), abs(float("nan")))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all(["", "x"]), all([[]]))
print(any([]), any([0, 0.0, ""]), any([0, 3]), any("x"), any([None, False]), any([[0]]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all(range(1, 5)))
print(all({}), any({0: 1}), any({1: 0}), all((True,)), any(iter([0, 0, 5])))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 1, 2]), calls)
calls.clear()
print(all(check(v) for v in [1, 0, 2]), calls)
for bad in [lambda: abs("x"), lambda: abs(None), lambda: abs([1]), lambda: all(5),
            lambda: any(None), lambda: abs(), lambda: all([1], [2])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
