# Cancelling a consumer blocked in get() loses no item: the next put goes to the next
# waiting consumer.
import asyncio


async def consumer(q, name, log):
    try:
        while True:
            item = await q.get()
            log.append(f"{name} <- {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")


async def main():
    q = asyncio.Queue()
    log = []
    c1 = asyncio.create_task(consumer(q, "c1", log))
    c2 = asyncio.create_task(consumer(q, "c2", log))
    await asyncio.sleep(0)
    c1.cancel()
    q.put_nowait("one")
    q.put_nowait("two")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    c2.cancel()
    await asyncio.gather(c1, c2)
    print(log, q.qsize())


asyncio.run(main())
