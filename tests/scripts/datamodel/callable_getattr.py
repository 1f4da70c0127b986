# __call__ objects and __getattr__ fallback (only for missing attributes).
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.k + sum(rest)) * scale

triple = Multiplier(3)
print(triple(2), triple(2, 1, 1), triple(x=1, scale=10), triple.calls)
print(callable(Multiplier), list(map(triple, [1, 2, 3])))
print(sorted([3, -1, 2], key=Multiplier(-1)))
try:
    triple()
except TypeError as e:
    print("TypeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
        self.local = "own attribute"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
print(p.local)
p.append(0)
print(p._target, p.count(1))
print(hasattr(p, "secret_key"), getattr(p, "secret_x", "default"))
try:
    p.secret_code
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
class Dynamic:
    known = "class attr"
    def __getattr__(self, name):
        return name.upper() * 2
dyn = Dynamic()
print(dyn.known, dyn.abc, dyn.x)
dyn.abc = "set explicitly"
print(dyn.abc)
class Config:
    def __init__(self, **values):
        self._values = values
    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None
cfg = Config(host="localhost", port=8080)
print(cfg.host, cfg.port)
try:
    cfg.user
except AttributeError as e:
    print("AttributeError:", e, e.args)
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + "/" + name)
    def __call__(self):
        return "GET " + self.path
print(Chain().api.users.list())
