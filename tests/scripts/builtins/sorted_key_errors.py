# Errors raised inside key functions propagate out of sorted()/min()/max() with their own
# traceback, and the list being sorted is left intact.
def bad(x):
    if x == 2:
        raise ValueError("no twos")
    return x

items = [3, 2, 1]
try:
    sorted(items, key=bad)
except ValueError as e:
    print("sorted:", e)
try:
    items.sort(key=bad)
except ValueError as e:
    print("sort:", e, items)
try:
    max(items, key=bad)
except ValueError as e:
    print("max:", e)
try:
    sorted([1, "a"], key=lambda v: v)
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print("TypeError:", e)
print(sorted(items, key=lambda v: bad(v + 10)))
sorted([1, 2, 3], key=bad)
