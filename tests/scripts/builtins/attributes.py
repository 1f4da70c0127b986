# getattr/setattr/hasattr, issubclass and callable, on built-in values and user classes.
class Base:
    kind = "base"
    def hello(self):
        return "hello from " + self.kind

class Child(Base):
    kind = "child"

c = Child()
print(getattr(c, "kind"), getattr(c, "missing", "default"), hasattr(c, "hello"), hasattr(c, "nope"))
setattr(c, "extra", 42)
print(c.extra, getattr(c, "hello")(), getattr(Child, "kind"))
setattr(Child, "kind", "changed")
print(c.hello(), Base.kind)
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, (int, Base)))
print(issubclass(bool, int), issubclass(ValueError, Exception), issubclass(KeyError, (TypeError, LookupError)))
print(callable(c.hello), callable(Child), callable(len), callable(c), callable(lambda: 0), callable(3))
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(5, "append"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(c, Base)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
