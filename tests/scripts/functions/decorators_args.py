# Decorators with and without arguments, stacking order, decorating methods.
calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

def repeat(times):
    print("repeat factory", times)
    def deco(fn):
        print("decorating", fn.__name__)
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

def tag(label):
    def deco(fn):
        def wrapper(*a, **k):
            return f"<{label}>{fn(*a, **k)}</{label}>"
        return wrapper
    return deco

@trace
def square(x):
    return x * x

print(square(4), square.__name__, calls)
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
@tag("b")
@tag("i")
def text(s):
    return s
print(text("bold italic"))
def order(name):
    print("evaluate", name)
    def deco(fn):
        print("apply", name)
        return fn
    return deco
@order("first")
@order("second")
def f():
    return "f body"
print(f())
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("add")
def _add(a, b):
    return a + b
@register("mul")
def _mul(a, b):
    return a * b
print(sorted(registry), registry["mul"](3, 4), registry["add"](3, 4))
class Greeter:
    @tag("p")
    def greet(self, who):
        return "hello " + who
print(Greeter().greet("ann"))
def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
print(sorted(calls))
