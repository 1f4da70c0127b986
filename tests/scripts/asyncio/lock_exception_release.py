# async with releases the Lock when the body raises or is cancelled, so the next waiter
# gets in.
import asyncio


async def holder(lock, log):
    async with lock:
        log.append("holder in")
        await asyncio.sleep(0.01)
        raise ValueError("body failed")


async def sleeper(lock, log):
    async with lock:
        log.append("sleeper in")
        await asyncio.sleep(1)


async def next_one(lock, log):
    async with lock:
        log.append("next in")


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    s = asyncio.create_task(sleeper(lock, log))
    n = asyncio.create_task(next_one(lock, log))
    try:
        await h
    except ValueError as e:
        log.append(f"holder raised {e}")
    await asyncio.sleep(0.01)
    s.cancel()
    await asyncio.gather(s, n, return_exceptions=True)
    log.append(f"locked={lock.locked()}")
    print(log)


asyncio.run(main())
