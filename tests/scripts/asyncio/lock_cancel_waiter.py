# Lock wake-up order when waiters are cancelled before and after being woken.
import asyncio


async def user(lock, name, log, hold=0):
    try:
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(hold)
            log.append(f"{name} out")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")


async def main():
    lock = asyncio.Lock()
    log = []
    ts = [asyncio.create_task(user(lock, f"u{i}", log, 0.03)) for i in range(5)]
    await asyncio.sleep(0)
    ts[2].cancel()
    await asyncio.sleep(0.045)
    ts[1].cancel()
    await asyncio.gather(*ts)
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
