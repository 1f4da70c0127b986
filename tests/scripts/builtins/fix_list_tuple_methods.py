a = [1, 2, 3, 2, 1, 2]
print(a.index(2))
print(a.index(2, 2))
print(a.index(2, 4))
print(a.index(2, -3))
print(a.index(1, 1, 5))
print(a.index(2, -100, 100))
for args in [(2, 6), (3, 0, 2), (1, 1, 4), (9,)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print("ValueError", e)
for bad in [(), (1, 2, 3, 4)]:
    try:
        a.index(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    a.index(1, "x")
except TypeError as e:
    print("TypeError", e)
try:
    a.index(1, 0, 1.5)
except TypeError as e:
    print("TypeError", e)
print(a.index(2, True))
print(a.index(2, None) if False else "skip")
t = (1, 2, 3, 2, 1, 2)
print(t.index(2), t.index(2, 2), t.index(2, 4), t.index(1, -2))
try:
    t.index(3, 3)
except ValueError as e:
    print("ValueError", e)
try:
    t.index()
except TypeError as e:
    print("TypeError", e)
try:
    t.index(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
print(a.count(2), t.count(2))
for f in [a.count, t.count, a.append, a.remove, a.extend]:
    for args in [(), (1, 2)]:
        try:
            f(*args)
        except TypeError as e:
            print("TypeError", e)
try:
    a.insert(1)
except TypeError as e:
    print("TypeError", e)
try:
    a.pop(1, 2)
except TypeError as e:
    print("TypeError", e)
for name in ["reverse", "clear", "copy"]:
    try:
        getattr(a, name)(1)
    except TypeError as e:
        print("TypeError", e)
d = {1: 2}
for name in ["keys", "values", "items", "clear", "copy", "popitem"]:
    try:
        getattr(d, name)(1)
    except TypeError as e:
        print("TypeError", e)
for name, args in [("get", ()), ("get", (1, 2, 3)), ("pop", ()), ("pop", (1, 2, 3)), ("setdefault", ()), ("setdefault", (1, 2, 3)), ("update", (1, 2))]:
    try:
        getattr(d, name)(*args)
    except TypeError as e:
        print("TypeError", e)
print(a, d)
