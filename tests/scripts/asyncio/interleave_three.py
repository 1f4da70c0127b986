# Three tasks with different rhythms (sleep(0), short timers, awaiting each other): the
# full interleaving of their logs.
import asyncio

log = []


async def spinner(n):
    for i in range(n):
        log.append(f"spin {i}")
        await asyncio.sleep(0)
    return "spun"


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.03)
        log.append(f"tick {i}")
    return "ticked"


async def follower(t):
    log.append("follower waits")
    r = await t
    log.append(f"follower got {r}")
    await asyncio.sleep(0)
    log.append("follower ends")


async def main():
    s = asyncio.create_task(spinner(4))
    t = asyncio.create_task(ticker(3))
    f = asyncio.create_task(follower(s))
    log.append("main yields")
    await asyncio.sleep(0)
    log.append("main back")
    await asyncio.gather(s, t, f)
    for line in log:
        print(line)


asyncio.run(main())
