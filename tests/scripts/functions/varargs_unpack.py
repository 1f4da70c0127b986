# *args/**kwargs collection and call-site * and ** unpacking.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show())
print(show(1, 2, a=3))
print(show(*[1, 2], *(3,), *"xy"))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(0, *range(3), 9, k=1, **dict(m=2)))
def point(x, y, z=0):
    return (x, y, z)
coords = [1, 2]
print(point(*coords), point(*coords, 3), point(**{"x": 5, "y": 6}))
print(point(1, **{"z": 9, "y": 8}))
args = (1,)
kw = {"y": 2}
print(point(*args, **kw))
def wrapper(*a, **k):
    return point(*a, **k)
print(wrapper(7, 8), wrapper(y=1, x=2))
def count(*items):
    return len(items), type(items).__name__
print(count(), count(*[None] * 4))
def kwtype(**kw):
    return type(kw).__name__, sorted(kw)
print(kwtype(b=1, a=2))
print(max(*[4, 9, 2]), min(*"hello"), print(*["a", "b"], sep="-"))
first, *others = (lambda *a: a)(*"abc")
print(first, others)
def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as exc:
        print("TypeError:", exc)
attempt(point, 1, **{"x": 2, "y": 3})
attempt(point, 1, 2, 3, 4)
attempt(point, **{"x": 1, "y": 2, "w": 3})
gen_args = (i * i for i in range(3))
print(show(*gen_args))
d = {"sep": "|", "end": "!\n"}
print("p", "q", **d)
