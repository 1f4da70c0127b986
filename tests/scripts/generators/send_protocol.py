# send(): priming with next(), values flowing in, errors for a non-None first send.
def echo():
    print("echo primed")
    received = None
    while True:
        received = yield "echo:" + str(received)
        print("echo received", received)
        if received == "stop":
            return

g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("stopped, args", e.args)

def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

avg = averager()
print(avg.send(None))
for v in [10, 20, 60]:
    print("average", avg.send(v))

fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    return items
acc = accumulate()
next(acc)
for word in ["a", "b", "c"]:
    print("count", acc.send(word))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.args)
def next_is_send_none():
    x = yield 1
    print("got", x)
    yield 2
n = next_is_send_none()
next(n)
print(next(n))
done = accumulate()
next(done)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(1)
except StopIteration as e:
    print("send to finished generator: StopIteration", e.args)
