# nonlocal and global: rebinding enclosing and module names.
total = 0
def add(n):
    global total
    total += n
    return total

print(add(5), add(10), total)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    print("before:", x)
    inner()
    print("after:", x)
outer()
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def levels():
    a = 1
    def mid():
        a = 2
        def deep():
            nonlocal a
            a += 10
            return a
        r = deep()
        return r, a
    return mid(), a
print(levels())
def create_global():
    global brand_new
    brand_new = "created in function"
create_global()
print(brand_new)
x = "module x"
def shadow():
    x = "local x"
    def read():
        return x
    return read()
print(shadow(), x)
def read_global():
    return x.upper()
print(read_global())
def unbound():
    try:
        print(total)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    total = 1
unbound()
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [f() for f in fns]
print(loop_closures())
def global_in_nested():
    def setter():
        global total
        total = -1
    setter()
    return total
print(global_in_nested(), total)
