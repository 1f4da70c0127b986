# Tasks sleeping the same delay wake in the order they went to sleep; timers with the same
# deadline run in scheduling order.
import asyncio

log = []


async def sleeper(name):
    await asyncio.sleep(0.01)
    log.append(name)


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(sleeper(n)) for n in ["e", "b", "d", "a", "c"]]
    await asyncio.gather(*ts)
    when = loop.time() + 0.01
    for n in ["t3", "t1", "t2"]:
        loop.call_at(when, log.append, n)
    await asyncio.sleep(0.02)
    print(log)


asyncio.run(main())
