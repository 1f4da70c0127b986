# A task that releases a lock and immediately asks for it again queues behind the waiters
# that were already there (no barging), for Lock and Semaphore.
import asyncio


async def greedy(prim, name, rounds, log):
    for i in range(rounds):
        async with prim:
            log.append(f"{name}{i}")
            await asyncio.sleep(0)


async def main():
    for prim in (asyncio.Lock(), asyncio.Semaphore(1)):
        log = []
        await asyncio.gather(greedy(prim, "a", 3, log), greedy(prim, "b", 3, log),
                             greedy(prim, "c", 2, log))
        print(type(prim).__name__, log)


asyncio.run(main())
