# Semaphore counts: acquire without waiting while permits remain, locked() when none
# remain, release waking one waiter at a time.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await sem.acquire()
    await sem.acquire()
    log.append(f"locked={sem.locked()}")

    async def waiter(n):
        await sem.acquire()
        log.append(f"w{n} got a permit")

    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    sem.release()
    await asyncio.sleep(0)
    log.append(f"after one release: {[w.done() for w in ws]}")
    sem.release()
    sem.release()
    await asyncio.gather(*ws)
    log.append(f"locked={sem.locked()}")
    print(log)


asyncio.run(main())
