# Generator lifecycle: exhaustion, re-entrancy, StopIteration raised inside, return.
def two():
    yield 1
    yield 2

g = two()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted, args:", e.args)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(next(g, "default"), list(g))

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def leaks_stop():
    yield 1
    raise StopIteration("leaked")

try:
    print(list(leaks_stop()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def next_on_empty():
    yield next(iter([]))

try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)

def early_return(n):
    for i in range(n):
        if i == 2:
            return "stopped"
        yield i
print(list(early_return(10)))
def error_mid():
    yield "a"
    raise KeyError("mid")
    yield "never"
e = error_mid()
print(next(e))
try:
    next(e)
except KeyError as err:
    print("KeyError:", err)
print(next(e, "finished after error"))
def fresh_each_call():
    yield from range(2)
print(list(fresh_each_call()), list(fresh_each_call()))
gen_obj = fresh_each_call()
print(iter(gen_obj) is gen_obj, list(gen_obj), list(gen_obj))
def local_state():
    count = 0
    while count < 3:
        count += 1
        yield count
a, b = local_state(), local_state()
print(next(a), next(a), next(b), next(a), next(b))
