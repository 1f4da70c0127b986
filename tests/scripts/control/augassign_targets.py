# Augmented assignment on names, attributes and subscripts; targets evaluated once.
log = []

def key(k):
    log.append("key " + str(k))
    return k

class Box:
    def __init__(self):
        self.n = 1
        self.items = [10, 20, 30]

def get_box(b):
    log.append("box")
    return b

x = 5
x += 3
x -= 1
x *= 4
x //= 3
x %= 5
x **= 3
print(x)
s = "ab"
s *= 3
s += "!"
print(s)
b = Box()
b.n += 41
get_box(b).n *= 2
print(b.n, log)
log.clear()
get_box(b).items[key(1)] += 5
print(b.items, log)
log.clear()
d = {"a": 1}
d[key("a")] += 100
d.setdefault("b", 0)
d["b"] -= 1
print(d, log)
m = [[1, 2], [3, 4]]
m[1][0] <<= 3
m[0][1] |= 8
m[0][0] ^= 3
m[1][1] >>= 1
print(m)
f = 7.5
f /= 2
f -= 0.75
print(f)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
n = 10
n &= 6
print(n)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
def counter():
    total = 0
    for i in range(5):
        total += i
    return total
print(counter())
