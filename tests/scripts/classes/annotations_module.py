# Module-level annotations are recorded in the module's __annotations__.
count: int
name: str = "baton"
pair: tuple = (1, 2)
print(__annotations__)
print(name, pair)
print("count" in __annotations__)
try:
    print(count)
except NameError as e:
    print("NameError:", e)


def f():
    inside: int = 1
    return inside


print(f(), __annotations__)
__annotations__["extra"] = "added"
later: bool = True
print(list(__annotations__))
