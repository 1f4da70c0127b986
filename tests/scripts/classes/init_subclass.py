class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
        cls.tag = cls.__name__.lower()
class A(Plugin): pass
class B(Plugin):
    def run(self): return self.tag
class C(B): pass
print(Plugin.registry, A.tag, B().run(), C.tag, hasattr(Plugin, "tag"))
class Strict:
    @classmethod
    def __init_subclass__(cls):
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} needs a name")
class Good(Strict):
    name = "g"
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print("TypeError", e)
print(Good.name)
