# User exception classes: args, str(), repr(), custom __init__ and __str__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
class Detailed(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value

for exc in [AppError(), AppError("one"), AppError("a", 2), NotFound("k"), Detailed(404, "gone"), NoSuper(7)]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))

try:
    raise NotFound("user:42")
except AppError as e:
    print("caught as AppError:", type(e).__name__, e.key, e)

try:
    raise Detailed(500, "boom")
except Exception as e:
    print(e, e.code, e.args)

try:
    raise AppError
except AppError as e:
    print("raised class:", repr(e), e.args)

print(issubclass(NotFound, Exception), issubclass(NotFound, AppError), NotFound.__mro__[1].__name__)
e = AppError("x", "y")
print(e, repr(e))
e.extra = "attribute"
print(e.extra)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), repr(WithDefault("custom")))
class Base(Exception):
    pass
class Derived(Base):
    pass
for cls in (Base, Derived):
    try:
        raise cls("via", cls.__name__)
    except Derived:
        print("Derived handler", cls.__name__)
    except Base as err:
        print("Base handler", err.args)
print(str(ValueError("single")), str(ValueError(1, 2)), repr(ValueError()))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError(1, 2)))
print(repr(Exception("a'b")), repr(Exception('q"')))
