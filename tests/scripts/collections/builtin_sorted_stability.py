# sorted()/list.sort(): key=, reverse=, stability, and errors.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
by_name = sorted(people, reverse=True)
print(by_name)
print(sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1]))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted("hello"), sorted("Hello World", key=str.lower), sorted([]), sorted((), reverse=True))
print(sorted([3, 1, 2], key=None), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([[2, "b"], [1, "z"], [2, "a"], [1]]), sorted([(1, 2), (1,), ()]))
print(sorted([-3, 2, -1, 0], key=abs), sorted([1.5, -2, True, 0]))
print(sorted(range(10), key=lambda n: n % 3))
xs = [5, 2, 8]
ys = sorted(xs)
xs.sort(reverse=True)
print(xs, ys, sorted(xs) is xs)
for bad in [[1, "a"], [None, None], [(1, "a"), (1, 2)], [[1], (1,)]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
