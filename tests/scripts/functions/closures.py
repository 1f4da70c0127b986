# Inner functions reading variables of enclosing functions.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))

def outer():
    x = 1
    def inner():
        return x * 100
    x = 2
    return inner()

print(outer())

def make_counter():
    state = [0]
    def inc():
        state[0] += 1
        return state[0]
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def make_funcs():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return funcs

for f in make_funcs():
    print("late binding", f())

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

def double(x):
    return x * 2

print(compose(add5, double)(10), compose(double, add5)(10))

def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2

print(level1(1)(20)(300))
