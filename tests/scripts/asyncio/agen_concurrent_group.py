# Several async generators consumed concurrently in a TaskGroup; their items interleave
# by their sleeps.
import asyncio

log = []


async def ticks(name, step, n):
    for i in range(n):
        await asyncio.sleep(step)
        yield f"{name}{i}"


async def drain(name, step, n):
    async for item in ticks(name, step, n):
        log.append(item)
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(drain("a", 0.02, 3))
        b = tg.create_task(drain("b", 0.03, 2))
    print(log, a.result(), b.result())


asyncio.run(main())
