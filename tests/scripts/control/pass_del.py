# pass in every block position, del of names, attributes, items and slices.
def nothing():
    pass

class Empty:
    pass

if True:
    pass
for _ in range(2):
    pass
print(nothing(), type(Empty()).__name__)

x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

def eval_name(n):
    return a if n == "a" else b

a, b, c = 1, 2, 3
del a, b
for name in ["a", "b"]:
    try:
        print(eval_name(name))
    except NameError as e:
        print("gone:", e)
print(c)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"k": 1, "j": 2, "m": 3}
del d["j"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)

obj = Empty()
obj.attr = 42
obj.other = 7
print(obj.__dict__)
print(hasattr(obj, "attr"), hasattr(obj, "nope"))

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(local_del())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
