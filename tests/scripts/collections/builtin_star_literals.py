# Unpacking inside literals and calls: [*x, *y], (*x,), {**d, 'k': 1}, f(*a, **k).
x = [1, 2]
y = (3, 4)
print([*x, *y], [*x, 0, *y, *"ab"], (*x,), (*x, *y), [*range(3)], [*{"a": 1}])
print(*x, *y)
print(*x, sep="-")
d = {"a": 1, "b": 2}
print({**d, "k": 1}, {"a": 0, **d}, {**d, "a": 9}, {**{}}, {**d, **{"c": 3}})
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show(*x, 5, *y))
print(show(**d, c=3))
print(show(*"hi", **{"z": 0}, w=1))
print(show(*[], **{}))
merged = {**dict(p=1), **dict(q=2, p=3)}
print(merged, len(merged))
nested = [*[*x, *x], *[[*y]]]
print(nested)
try:
    print({**[1]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(show(**{1: 2}))
except TypeError as e:
    print(type(e).__name__, e)
