class Managed:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("open", self.name); return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et is not None)
        return False
def lines(name):
    with Managed(name) as m:
        for i in range(3):
            yield f"{m.name}:{i}"
print(list(lines("a")))
gen = lines("b")
for line in gen:
    print(line)
    if line.endswith("1"):
        break
gen.close()
print("after break")
def nested():
    with Managed("outer"):
        with Managed("inner"):
            return "value"
print(nested())
try:
    with Managed("x"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
