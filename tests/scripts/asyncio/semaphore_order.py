# Semaphore: with value 2, five workers; who enters when, and BoundedSemaphore over-release.
import asyncio


async def worker(sem, n, log):
    async with sem:
        log.append(f"enter {n}")
        await asyncio.sleep(0.01 * (n % 3 + 1))
        log.append(f"leave {n}")


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(sem, n, log) for n in range(5)))
    print(log)
    print(sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    s0 = asyncio.Semaphore(0)
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    print(t.done())
    s0.release()
    print(await t)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)


asyncio.run(main())
