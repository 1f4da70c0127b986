import asyncio


async def important(log):
    log.append("important started")
    await asyncio.sleep(0.03)
    log.append("important finished")
    return "saved"


async def main():
    log = []
    inner = asyncio.create_task(important(log))

    async def waiter():
        return await asyncio.shield(inner)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; inner cancelled?", inner.cancelled())
    print(await inner)
    print(log)

    done = asyncio.get_running_loop().create_future()
    done.set_result(3)
    print(asyncio.shield(done) is done)

    async def fails():
        await asyncio.sleep(0)
        raise KeyError("inner failure")

    try:
        await asyncio.shield(fails())
    except KeyError as e:
        print("shield passed on", repr(e))

    t = asyncio.create_task(asyncio.sleep(1))
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled", s.cancelled())


asyncio.run(main())
