# asyncio.wait with each return_when: which tasks are done and pending at return, and the
# order their own logs interleave.
import asyncio

log = []


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    log.append(name)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def run(mode):
    log.clear()
    ts = [asyncio.create_task(job("slow", 0.05), name="slow"),
          asyncio.create_task(job("bad", 0.02, True), name="bad"),
          asyncio.create_task(job("quick", 0.01), name="quick")]
    done, pending = await asyncio.wait(ts, return_when=mode)
    print(mode, names(done), names(pending), log)
    for t in pending:
        t.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    for t in ts:
        if t.done() and not t.cancelled():
            t.exception()


async def main():
    await run(asyncio.FIRST_COMPLETED)
    await run(asyncio.FIRST_EXCEPTION)
    await run(asyncio.ALL_COMPLETED)
    t = asyncio.create_task(job("t", 0.05))
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending))
    await t
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print(e)


asyncio.run(main())
