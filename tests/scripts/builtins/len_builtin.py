# len() on builtin containers and on objects defining __len__.
print(len(""), len("abc"), len("日本😀"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(range(10)), len(range(0, 10, 3)), len(b"xyz"))
print(len({"a": 1}.keys()), len({"a": 1}.items()), len(list(range(1000))))
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Box(3)), len(Box(0)), bool(Box(0)), bool(Box(2)))
class Bad:
    def __len__(self):
        return -1
class Str:
    def __len__(self):
        return "3"
class Big:
    def __len__(self):
        return 2 ** 70
class Flt:
    def __len__(self):
        return 1.0
for obj in [5, None, 1.5, iter([1]), Bad(), Str(), Big(), Flt(), len]:
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
