# FIRST_EXCEPTION when nothing fails waits for everything; when a task is cancelled it
# counts as completed, not as an exception.
import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(d)
    return d


async def main():
    ts = [asyncio.create_task(job(d)) for d in (0.01, 0.02)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    a = asyncio.create_task(job(0.05))
    b = asyncio.create_task(job(0.01))
    c = asyncio.create_task(job(0.03, fail=True))
    await asyncio.sleep(0)
    a.cancel()
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(("cancelled" if t.cancelled() else str(t.exception())) for t in done))
    print(len(pending))


asyncio.run(main())
