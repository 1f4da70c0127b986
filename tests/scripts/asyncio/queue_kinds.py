import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    for i in range(4):
        await lifo.put(i)
    print([lifo.get_nowait() for _ in range(4)])

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e"), (0, "z"), (2, "b2")]:
        pq.put_nowait(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    print(str(asyncio.Queue(3)))
    q = asyncio.Queue()
    q.put_nowait(1)
    print(str(q))
    print(issubclass(asyncio.QueueFull, Exception), asyncio.QueueEmpty.__name__)

    waiters = []

    async def getter(name):
        v = await q2.get()
        print(name, "got", v)

    q2 = asyncio.Queue()
    waiters = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for v in "xyz":
        q2.put_nowait(v)
    await asyncio.gather(*waiters)


asyncio.run(main())
import asyncio
Q: asyncio.Queue[int] = asyncio.Queue()
print(asyncio.Queue[int], asyncio.PriorityQueue[tuple[int, str]])
async def main():
    q: asyncio.Queue[str] = asyncio.Queue()
    q.put_nowait("x")
    print(await q.get())
asyncio.run(main())
