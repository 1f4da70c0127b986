import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    print(name, "finishing")
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.05), ("b", 0.01), ("c", 0.09)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.015)
    print("timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", names(done), names(pending))

    ts = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in [("x", 0.01, False), ("y", 0.03, True), ("z", 0.08, False)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in ts])

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    c = job("coro", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError", e)
    c.close()
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
