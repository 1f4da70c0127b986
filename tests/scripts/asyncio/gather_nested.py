# gather inside gather: results nest; a failure in the inner gather propagates out while
# the outer siblings keep running.
import asyncio

log = []


async def leaf(name, delay, fail=False):
    await asyncio.sleep(delay)
    log.append(name)
    if fail:
        raise ValueError(name)
    return name


async def main():
    r = await asyncio.gather(asyncio.gather(leaf("a", 0.01), leaf("b", 0)), leaf("c", 0.02))
    print(r, log)
    log.clear()
    try:
        await asyncio.gather(asyncio.gather(leaf("x", 0.01, True), leaf("y", 0.03)),
                             leaf("z", 0.02))
    except ValueError as e:
        print("failed", e, log)
    await asyncio.sleep(0.03)
    print(log)


asyncio.run(main())
