import asyncio


async def job(name, sem, delay):
    async with sem:
        print(name, "start", sem.locked())
        await asyncio.sleep(delay)
        print(name, "end")


async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    await asyncio.gather(*(job(f"j{i}", sem, 0.02 * (i + 1)) for i in range(5)))
    print("value back", sem._value, sem.locked())

    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)

    s0 = asyncio.Semaphore(0)
    t = asyncio.create_task(job("blocked", s0, 0))
    u = asyncio.create_task(job("second", s0, 0))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    s0.release()
    await asyncio.gather(t, u, return_exceptions=True)
    print("t cancelled", t.cancelled(), "value", s0._value)


asyncio.run(main())
