# and/or return operands; conditional expressions evaluate only one branch.
calls = []
def v(x):
    calls.append(x)
    return x

print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0)
print(v(1) or v(2), calls)
calls.clear()
print(v(0) and v(2), calls)
calls.clear()
print(v("a") if v(True) else v("b"), calls)
calls.clear()
print(v("a") if v(0) else v("b"), calls)
calls.clear()
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-3, 0, 7)])
def grade(s):
    return ("A" if s >= 90 else
            "B" if s >= 80 else
            "C" if s >= 70 else "F")
print([grade(s) for s in (95, 85, 72, 10)])
x = None
print(x is None or x > 3, x is not None and x > 3)
print([] or {} or 0 or "last")
print(1 and [] and 3)
print(not [], not [0], not "", not "a")
safe = lambda d, k: k in d and d[k]
print(safe({"a": 5}, "a"), safe({}, "a"))
print((1 if True else 2) + (10 if False else 20))
n = 4
print("even" if n % 2 == 0 else "odd", "big" if n > 10 else "small")
print([i if i % 2 else -i for i in range(6)])
print(None or (lambda: "lam")())
items = [0, 1, "", "x", None, [], [0]]
print([bool(i) for i in items])
print([i or "F" for i in items])
