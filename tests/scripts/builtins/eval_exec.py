x = 10
print(eval("x * 2 + 1"), eval("[i * i for i in range(4)]"), eval("  (1, 'a')  "))
exec("y = x + 5\ndef f(n):\n    return n * y\n")
print(y, f(2))
ns = {"a": 3}
exec("b = a * 2", ns)
print(ns["b"], sorted(k for k in ns if not k.startswith("__")))
print(eval("a + b", ns), eval("len('abc')", {}))
def g():
    return eval("x + 1")
print(g())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    eval("undefined_name")
except NameError as e:
    print(e)
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print(e)
