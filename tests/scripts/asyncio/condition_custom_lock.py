# A Condition sharing a Lock given by the caller; waiting without the lock is an error;
# the lock is held again when wait() returns.
import asyncio


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    log = []
    try:
        await cond.wait()
    except RuntimeError as e:
        log.append(f"RuntimeError {e}")

    async def consumer():
        async with cond:
            await cond.wait()
            log.append(f"consumer woke, lock held={lock.locked()}")

    t = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    log.append(f"lock free while waiting: {not lock.locked()}")
    async with lock:
        cond.notify()
        log.append("notified while holding the shared lock")
    await t
    print(log)


asyncio.run(main())
