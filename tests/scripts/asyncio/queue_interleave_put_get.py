# A producer and a consumer on an unbounded queue: put_nowait never yields, so the
# consumer only runs when the producer awaits.
import asyncio

log = []


async def producer(q):
    for i in range(3):
        q.put_nowait(i)
        log.append(f"put {i}")
    await asyncio.sleep(0)
    for i in range(3, 5):
        await q.put(i)
        log.append(f"await put {i}")
    await q.put(None)


async def consumer(q):
    while (item := await q.get()) is not None:
        log.append(f"got {item}")


async def main():
    q = asyncio.Queue()
    await asyncio.gather(consumer(q), producer(q))
    print(log)


asyncio.run(main())
