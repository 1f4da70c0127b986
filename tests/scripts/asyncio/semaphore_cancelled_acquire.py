# Semaphore acquirers cancelled while waiting do not consume a permit; the others get in
# in order.
import asyncio


async def user(sem, name, log):
    try:
        async with sem:
            log.append(f"{name} in")
            await asyncio.sleep(0.01)
            log.append(f"{name} out")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    ts = [asyncio.create_task(user(sem, f"u{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel()
    ts[2].cancel()
    await asyncio.gather(*ts)
    print(log)
    print(sem.locked())


asyncio.run(main())
