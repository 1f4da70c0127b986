import asyncio

log = []


async def worker(name, lock, hold):
    print(name, "wants lock")
    async with lock:
        print(name, "has lock", lock.locked())
        await asyncio.sleep(hold)
        print(name, "releases")


async def canceller(lock):
    await lock.acquire()
    print("canceller: got lock")
    lock.release()


async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(worker(n, lock, 0.01)) for n in "abcd"]
    await asyncio.sleep(0)
    victim = asyncio.create_task(canceller(lock))
    await asyncio.sleep(0)
    victim.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("victim cancelled:", victim.cancelled())
    print("locked at end:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    await lock.acquire()
    print("acquired directly", lock.locked())
    lock.release()

    # a waiter cancelled right after being woken passes the lock on
    lock2 = asyncio.Lock()
    await lock2.acquire()
    w1 = asyncio.create_task(worker("w1", lock2, 0))
    w2 = asyncio.create_task(worker("w2", lock2, 0))
    await asyncio.sleep(0)
    lock2.release()
    w1.cancel()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print("w1 cancelled", w1.cancelled(), "lock2 locked", lock2.locked())


asyncio.run(main())
