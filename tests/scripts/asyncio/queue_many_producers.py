# Several producers and consumers on one bounded queue: who gets which item, and the order
# producers blocked on a full queue are let in.
import asyncio


async def producer(q, name, n, log):
    for i in range(n):
        await q.put(f"{name}{i}")
        log.append(f"put {name}{i}")


async def consumer(q, name, log):
    while True:
        item = await q.get()
        log.append(f"{name} got {item}")
        q.task_done()
        if item is None:
            break
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    prods = [asyncio.create_task(producer(q, p, 3, log)) for p in "abc"]
    cons = [asyncio.create_task(consumer(q, c, log)) for c in ("X", "Y")]
    await asyncio.gather(*prods)
    await q.join()
    for _ in cons:
        await q.put(None)
    await asyncio.gather(*cons)
    for line in log:
        print(line)
    print(q.qsize(), q.empty(), q.full())


asyncio.run(main())
