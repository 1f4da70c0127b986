import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(name, "put", i, "size", q.qsize())
    print(name, "done")


async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(3)]
    producers = [asyncio.create_task(producer(q, p, 3)) for p in "xy"]
    await asyncio.gather(*producers)
    await q.join()
    print("joined", q.empty(), q.qsize())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    print(q2.full(), q2.maxsize)
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2.task_done()
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError", e)

    getter = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    q2.put_nowait("late")
    print(getter.cancelled(), q2.qsize(), await q2.get())


asyncio.run(main())
