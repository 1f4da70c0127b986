# A retry loop with backoff around a flaky operation, running next to a heartbeat task.
import asyncio

class Unreachable(Exception):
    pass


log = []
attempts = {"n": 0}


async def flaky():
    attempts["n"] += 1
    await asyncio.sleep(0)
    if attempts["n"] < 3:
        raise Unreachable(f"attempt {attempts['n']}")
    return "connected"


async def retry(op, tries, delay):
    for i in range(tries):
        try:
            return await op()
        except Unreachable as e:
            log.append(f"failed: {e}")
            await asyncio.sleep(delay * (2 ** i))
    raise RuntimeError("gave up")


async def heartbeat(stop):
    n = 0
    while not stop.is_set():
        log.append(f"beat {n}")
        n += 1
        await asyncio.sleep(0.04)


async def main():
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(stop))
    log.append(await retry(flaky, 5, 0.005))
    stop.set()
    await hb
    for line in log:
        print(line)


asyncio.run(main())
