# Cancelling getters and putters of asyncio.Queue: a cancelled waiter leaves the line, a
# getter woken by put_nowait but cancelled before it runs hands the wake-up to the next
# getter, and the putter that wakes a getter can still take the item back first.
import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled (qsize={q.qsize()})")
        raise


async def putter(q, name, item, log):
    try:
        await q.put(item)
        log.append(f"{name} put {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled (qsize={q.qsize()})")
        raise


async def main():
    log = []
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    gs[1].cancel()                       # waiting: leaves the line
    await asyncio.sleep(0)
    q.put_nowait("a")                    # wakes g0
    gs[0].cancel()                       # woken, cancelled before it runs: g2 is woken
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, q.qsize())
    q.put_nowait("b")                    # wakes g3 ...
    print("stolen:", q.get_nowait())     # ... but the putter takes it back first
    await asyncio.sleep(0)
    print(log, q.qsize(), gs[3].done())
    q.put_nowait("c")
    await asyncio.sleep(0)
    print(log, [g.cancelled() for g in gs])

    log.clear()
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(0)
    ps = [asyncio.create_task(putter(q, f"p{i}", i + 1, log)) for i in range(4)]
    await asyncio.sleep(0)
    ps[2].cancel()
    await asyncio.sleep(0)
    print(q.get_nowait(), log)           # wakes p0
    ps[0].cancel()                       # p1 gets the turn
    for _ in range(3):
        await asyncio.sleep(0)
    print(log, q.qsize(), q.full())
    while not all(p.done() for p in ps):
        print("got", await q.get())
    print(log, [p.cancelled() for p in ps], q.empty())

    # wait_for on a get that times out, then the queue still works in order
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("timeout, getters left:", q.qsize(), q.empty())
    q.put_nowait("x")
    print(await asyncio.wait_for(q.get(), 1))


asyncio.run(main())
