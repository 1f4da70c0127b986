# finally runs on return, break, continue and exceptions; return in finally wins.
def ret():
    try:
        return "try value"
    finally:
        print("finally after return")

print(ret())

def override():
    try:
        return "try"
    finally:
        return "finally"

print(override())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return in finally"

print(swallow())

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("loop finally", n)

print(count())

def side_effect_value():
    x = [1]
    try:
        return x
    finally:
        x.append(2)

print(side_effect_value())

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())

def raise_in_finally():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("from finally")

try:
    raise_in_finally()
except ValueError as e:
    print("caught:", e, "context:", repr(e.__context__))

def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "loop exited, exception discarded"

print(break_in_finally())

def order():
    log = []
    try:
        log.append("try")
        raise TypeError
    except TypeError:
        log.append("except")
        return log
    else:
        log.append("else")
    finally:
        log.append("finally")

print(order())
