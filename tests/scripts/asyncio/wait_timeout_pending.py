# asyncio.wait with a timeout returns what is done so far; the pending tasks keep running
# and can be waited for again.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    ts = {asyncio.create_task(job(d)) for d in (0.01, 0.05, 0.08)}
    done, pending = await asyncio.wait(ts, timeout=0.03)
    print(sorted(t.result() for t in done), len(pending))
    done2, pending2 = await asyncio.wait(pending, timeout=0.03)
    print(sorted(t.result() for t in done2), len(pending2))
    done3, _ = await asyncio.wait(pending2)
    print(sorted(t.result() for t in done3))


asyncio.run(main())
