# Mutually recursive functions and functions defined after their callers.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for n in [0, 1, 7, 10, 101]:
    print(n, is_even(n), is_odd(n))

def call_later():
    return defined_later(3)

def defined_later(x):
    return x * 7

print(call_later())

def perms(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            result.append([items[i]] + p)
    return result

print(perms([1, 2, 3]))
print(len(perms([1, 2, 3, 4, 5])))

def flatten(xs, out):
    for x in xs:
        if isinstance(x, list):
            flatten(x, out)
        else:
            out.append(x)
    return out

print(flatten([1, [2, [3, [4, []]], 5], [[6]]], []))
