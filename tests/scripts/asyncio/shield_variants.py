# shield: cancelling the outer await leaves the inner task running; the inner result is
# still retrievable; cancelling the inner task cancels the shield's future.
import asyncio


async def inner(log, delay, value):
    log.append("inner start")
    await asyncio.sleep(delay)
    log.append("inner end")
    return value


async def main():
    log = []
    t = asyncio.create_task(inner(log, 0.02, 7))

    async def outer():
        try:
            return await asyncio.shield(t)
        except asyncio.CancelledError:
            log.append("outer cancelled")
            raise

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.005)
    o.cancel()
    await asyncio.sleep(0)
    log.append(f"o.cancelled={o.cancelled()} t.done={t.done()}")
    log.append(f"result {await t}")
    print(log)

    t2 = asyncio.create_task(inner(log, 0.05, 8))
    s = asyncio.shield(t2)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield future cancelled too", s.cancelled())
    done = asyncio.create_task(inner([], 0, 9))
    await done
    print(asyncio.shield(done) is done)


asyncio.run(main())
