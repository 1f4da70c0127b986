# An Event toggled several times: set() twice is harmless, waiters that arrive while it
# is set pass at once, and a fresh wait after clear() blocks again.
import asyncio


async def main():
    ev = asyncio.Event()
    log = []

    async def watcher(n):
        await ev.wait()
        log.append(f"watcher {n}")

    ev.set()
    ev.set()
    await watcher(0)
    ev.clear()
    t = asyncio.create_task(watcher(1))
    await asyncio.sleep(0.01)
    log.append(f"t blocked: {not t.done()}")
    ev.set()
    await t
    ev.clear()
    ev.clear()
    ts = [asyncio.create_task(watcher(n)) for n in (2, 3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    print(log, ev.is_set())


asyncio.run(main())
