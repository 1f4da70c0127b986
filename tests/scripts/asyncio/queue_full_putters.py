# Putters blocked on a full queue are let in one per get, in arrival order; put_nowait on a
# full queue raises QueueFull; maxsize 0 is unbounded.
import asyncio


async def putter(q, item, log):
    log.append(f"putting {item}")
    await q.put(item)
    log.append(f"put {item}")


async def main():
    q = asyncio.Queue(1)
    log = []
    q.put_nowait("seed")
    try:
        q.put_nowait("overflow")
    except asyncio.QueueFull:
        log.append("QueueFull")
    ps = [asyncio.create_task(putter(q, i, log)) for i in range(3)]
    await asyncio.sleep(0)
    for _ in range(4):
        log.append(f"get {await q.get()}")
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print(log)
    u = asyncio.Queue()
    for i in range(100):
        u.put_nowait(i)
    print(u.qsize(), u.full(), u.maxsize)


asyncio.run(main())
