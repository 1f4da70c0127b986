# A bounded buffer built from a Condition with wait_for: producers and consumers block on
# full/empty and wake each other in order.
import asyncio

buf = []
log = []


async def producer(cond, name, items):
    for it in items:
        async with cond:
            await cond.wait_for(lambda: len(buf) < 2)
            buf.append(it)
            log.append(f"{name} put {it} {buf}")
            cond.notify_all()


async def consumer(cond, name, n):
    for _ in range(n):
        async with cond:
            await cond.wait_for(lambda: buf)
            it = buf.pop(0)
            log.append(f"{name} took {it}")
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(producer(cond, "P", [1, 2, 3, 4]), producer(cond, "Q", [5, 6]),
                         consumer(cond, "C", 3), consumer(cond, "D", 3))
    for line in log:
        print(line)


asyncio.run(main())
