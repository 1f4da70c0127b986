# functools.total_ordering, cmp_to_key and wraps
import functools
from functools import cmp_to_key, total_ordering, wraps


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a <= Version(1, 2), a >= Version(1, 2))
try:
    a > 3
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        print("  ge", self.v, other.v)
        return self.v >= other.v


x, y = Score(3), Score(5)
print(x < y)
print(x > y)
print(x <= y)
print(x >= y)


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __le__(self, other):
        return self.v <= other.v


print(Both(1) < Both(2), Both(1) >= Both(2), Both(2) > Both(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def compare_len_then_alpha(s, t):
    if len(s) != len(t):
        return len(s) - len(t)
    return (s > t) - (s < t)


key = cmp_to_key(compare_len_then_alpha)
k1, k2 = key("bb"), key("a")
print(k1 < k2, k1 > k2, k1 == key("cc"), k1 <= key("bb"), k1 >= k2, k1 != k2, k1.obj)
try:
    k1 < "a"
except TypeError as e:
    print("TypeError:", e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling with", args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def area(w, h=1):
    return w * h


print(area(3, h=4), area(5))


class Holder:
    pass


def target(x):
    return x + 1


h = Holder()
functools.update_wrapper(h, target)
print(h.__name__, h.__qualname__, h.__module__, h.__wrapped__(1))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
