from typing import List, Dict, Optional, Any, TypeVar, Generic, Tuple, Callable, cast
x: list[int] = []
class A:
    y: dict[str, int] = {}
    z: List[int]
    w: Optional[str] = None
print(x, A.__annotations__)
print(list[int], tuple[int, ...], list[int]([1, 2]), dict[str, list[int]], type[int])
print(List[int], Dict[str, Any], Optional[int], Tuple[int, str], Callable[[int], str])
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
print(Box[int], Box(3).item, T, cast(int, "s"))
def f(a: int, b: "str" = "x") -> List[int]:
    return [a]
print(f(1))
class K:
    def __class_getitem__(cls, item):
        return f"K of {item}"
print(K[int])
try:
    A[int]
except TypeError as e:
    print(e)
