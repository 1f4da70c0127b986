# Lock handed over through done callbacks: a waiter cancelled at the moment it was woken
# passes the lock on to the next waiter.
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()

    async def waiter(n):
        try:
            await lock.acquire()
            log.append(f"w{n} acquired")
            lock.release()
        except asyncio.CancelledError:
            log.append(f"w{n} cancelled")

    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    lock.release()
    ws[0].cancel()
    await asyncio.gather(*ws)
    print(log, lock.locked())


asyncio.run(main())
