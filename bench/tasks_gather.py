# 100,000 tasks, each yielding to the event loop three times, run under one gather:
# task creation, the ready queue and gather's bookkeeping.
import asyncio


async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(100_000)))
    print(len(results), sum(results))


asyncio.run(main())
