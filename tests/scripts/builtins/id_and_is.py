# id() and `is`: identity without printing addresses.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c, a is not c)
print(type(id(a)).__name__, id(a) == id(a), id(None) == id(None), None is None)
def ident(x):
    return x
print(ident(a) is a, id(ident(a)) == id(a), [a][0] is a, (a,)[0] is a)
d = {"k": a}
print(d["k"] is a, d.get("k") is b, list(d.values())[0] is c)
x = None
print(x is None, x is not None, x == None, True is True, False is not True)
e = []
f = []
print(e is f, e == f, id(e) != id(f))
t = (a, c)
print(t[0] is t[1], t[0] == t[1])
copy = a[:]
print(copy is a, copy == a, list(a) is a, a.copy() is a)
g = a
g += [3]
print(a, g is a)
h = a
h = h + [4]
print(a, h, h is a)
print(print is print, len is len, int is int, type(1) is int, type(a) is list)
s = "text"
print(s is s, str(s) is s, s[:] == s)
