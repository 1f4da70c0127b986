# golden: stderr
# Coroutines made and dropped outside any event loop warn too.
async def f():
    return 1


async def g():
    return 2


def build(k):
    coros = [f() for _ in range(k)]
    return len(coros)


print(build(3))
f()
g()
f()
y = g()
y = None
print("done")
