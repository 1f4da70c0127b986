def f():
    if False:
        o = 1
    return o.real
try:
    f()
except UnboundLocalError as e:
    print(e)
def g():
    o.x = 1
    o = 2
try:
    g()
except UnboundLocalError as e:
    print(e)
def h():
    return o.bit_length()
    o = 3
try:
    h()
except UnboundLocalError as e:
    print(e)
