# return semantics: implicit None, early return, returning tuples.
def nothing():
    pass

def bare():
    return

def early(x):
    if x > 0:
        return "positive"
    print("not positive:", x)
    return "other"

def divmod_(a, b):
    return a // b, a % b

def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1

print(nothing(), bare())
print(early(5))
print(early(-1))
q, r = divmod_(17, 5)
print(q, r, divmod_(-17, 5))
print(find([4, 5, 6], 6), find([4, 5, 6], 9))

def loop_return():
    i = 0
    while True:
        i += 1
        if i * i > 50:
            return i

print(loop_return())

def nested_return(n):
    for i in range(n):
        for j in range(n):
            if i + j == 5:
                return (i, j)
    return None

print(nested_return(10), nested_return(2))
