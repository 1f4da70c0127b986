# Timers whose deadline is already past run at the next iteration, ordered by deadline,
# after callbacks already queued with call_soon.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    now = loop.time()
    loop.call_at(now - 1, log.append, "past -1")
    loop.call_soon(log.append, "soon")
    loop.call_at(now - 2, log.append, "past -2")
    loop.call_later(-5, log.append, "later -5")
    loop.call_at(now + 0.01, log.append, "future")
    await asyncio.sleep(0.02)
    print(log)
    t1 = loop.time()
    await asyncio.sleep(0.01)
    print(loop.time() >= t1 + 0.009, type(loop.time()).__name__)


asyncio.run(main())
