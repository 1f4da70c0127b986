# gather of failing tasks: without return_exceptions the first failure propagates and the
# others keep running; with it, results and exceptions come back in argument order.
import asyncio

log = []


async def job(name, delay, fail=False):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    if fail:
        log.append(f"{name} raise")
        raise ValueError(name)
    log.append(f"{name} done")
    return name


async def main():
    try:
        await asyncio.gather(job("a", 0.02), job("b", 0.01, True), job("c", 0.03))
    except ValueError as e:
        log.append(f"caught {e}")
    await asyncio.sleep(0.04)
    print(log)
    log.clear()
    res = await asyncio.gather(job("x", 0.01, True), job("y", 0), job("z", 0.02, True),
                               return_exceptions=True)
    print([repr(r) for r in res])
    print(log)
    print(await asyncio.gather())
    r = await asyncio.gather(job("p", 0), job("p2", 0), return_exceptions=False)
    print(r)


asyncio.run(main())
