from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
print(p)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
class A: pass
def s(self, n, v): print("set", n)
A.__setattr__ = s
A().x = 1
