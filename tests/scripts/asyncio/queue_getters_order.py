# Getters waiting on an empty queue are served first come first served; a cancelled getter
# gives its turn to the next one.
import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append(f"{name}:{item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    log = []
    ts = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(5)]
    await asyncio.sleep(0)
    ts[1].cancel()
    q.put_nowait("first")
    ts[2].cancel()
    for item in ["second", "third", "fourth"]:
        q.put_nowait(item)
    await asyncio.gather(*ts, return_exceptions=True)
    print(log)
    print(q.qsize(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
        pq.put_nowait((x, f"p{x}"))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait()[1] for _ in range(3)])


asyncio.run(main())
