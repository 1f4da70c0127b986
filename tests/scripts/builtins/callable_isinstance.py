# callable, isinstance and issubclass with builtin types and tuples.
class Base:
    pass
class Child(Base):
    def __call__(self):
        return "called"
def fn():
    return 1
print(callable(fn), callable(len), callable(Base), callable(Base()), callable(Child().__call__))
print(callable(1), callable("s"), callable(None), callable(lambda: 0), callable([].append))
print(callable(print), callable(int), callable(type))
print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (int, float)))
print(isinstance(True, int), isinstance(1.0, int), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(None, type(None)), isinstance(int, type), isinstance(Child(), Base))
print(isinstance(Base(), Child), isinstance(3, object), isinstance(Base, object), isinstance(1, ()))
print(isinstance(1, (list, (str, (int,)))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Child, Base), issubclass(Base, Base))
print(issubclass(Child, (str, Base)), issubclass(int, object), issubclass(type, object), issubclass(list, tuple))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(KeyError, ValueError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, (str,)))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, "int"), lambda: issubclass(1, int),
            lambda: issubclass(int, 1), lambda: isinstance(1), lambda: callable()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
