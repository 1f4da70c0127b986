# Functions as values: passing, storing in containers, returning.
def square(x):
    return x * x

def negate(x):
    return -x

def apply_all(funcs, value):
    results = []
    for f in funcs:
        results.append(f(value))
    return results

print(apply_all([square, negate, abs, str], -4))

def my_map(f, xs):
    out = []
    for x in xs:
        out.append(f(x))
    return out

def my_filter(pred, xs):
    out = []
    for x in xs:
        if pred(x):
            out.append(x)
    return out

def is_odd(n):
    return n % 2 == 1

print(my_map(square, range(6)))
print(my_filter(is_odd, range(10)))
ops = {"sq": square, "neg": negate}
for name, f in ops.items():
    print(name, f(7))

def repeat(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g

print(repeat(square, 3)(2))
alias = square
print(alias(12), alias(3) == square(3))
