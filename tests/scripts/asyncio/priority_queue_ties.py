# PriorityQueue with tuple priorities and ties broken by insertion counter; consumers get
# items strictly by priority even when producers interleave.
import asyncio


async def producer(q, items):
    for it in items:
        await q.put(it)
        await asyncio.sleep(0)


async def main():
    q = asyncio.PriorityQueue()
    await asyncio.gather(producer(q, [(2, 0, "b"), (1, 1, "a1")]),
                         producer(q, [(1, 0, "a0"), (3, 0, "c")]))
    out = []
    while not q.empty():
        out.append((await q.get())[2])
        q.task_done()
    print(out)
    lq = asyncio.LifoQueue(2)
    await lq.put(1)
    await lq.put(2)
    print(lq.full(), await lq.get(), await lq.get())


asyncio.run(main())
