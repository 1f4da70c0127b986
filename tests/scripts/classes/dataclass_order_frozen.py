from dataclasses import dataclass, field, replace, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, "b"), Version(0, 9)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1) <= Version(1))
print(Version(1, 0, "a") == Version(1, 0, "b"), Version(3) > Version(2, 99))
print(max(vs), min(vs))


@dataclass
class Other:
    major: int


try:
    Version(1) < Other(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 2


fp = Frozen(1)
print(fp, fp.__hash__() == hash((1, 2)))
print(issubclass(FrozenInstanceError, AttributeError))
# Stores go through the generated __setattr__ / __delattr__.
for name in ["x", "z"]:
    try:
        fp.__setattr__(name, 5)
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    fp.__delattr__("y")
except AttributeError as e:
    print(type(e).__name__, e)
print(replace(fp, x=7), fp)


class Loose(Frozen):
    pass


loose = Loose(3)
loose.__setattr__("extra", 4)
print(loose.extra, loose)


@dataclass(unsafe_hash=True)
class Hashed:
    x: int
    y: int = field(default=0, hash=False)
    z: int = field(default=0, compare=False)


print(Hashed(1, 5, 6).__hash__() == hash((1,)))


@dataclass(eq=False)
class NoEq:
    x: int


print("__hash__" in NoEq.__dict__, "__hash__" in Hashed.__dict__)
print(Version.__dataclass_params__)
