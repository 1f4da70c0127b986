# When one gather child fails, the others are not cancelled: they finish later and their
# own failures are retrieved through the tasks.
import asyncio

log = []


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    log.append(name)
    if fail:
        raise RuntimeError(name)
    return name


async def main():
    a = asyncio.create_task(job("a", 0.01, True))
    b = asyncio.create_task(job("b", 0.03, True))
    c = asyncio.create_task(job("c", 0.02))
    try:
        await asyncio.gather(a, b, c)
    except RuntimeError as e:
        print("gather:", e, log)
    await asyncio.sleep(0.04)
    print(log, b.exception(), c.result(), b.cancelled())


asyncio.run(main())
