# A task that finished before anyone awaited it: awaiting it later returns at once (no
# yield to other tasks); result() and exception() afterwards.
import asyncio

log = []


async def quick():
    return "quick"


async def other():
    log.append("other ran")


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    log.append(f"done={t.done()}")
    o = asyncio.create_task(other())
    log.append(await t)
    log.append("after await of finished task")
    await o
    log.append(t.result())
    log.append(repr(t.exception()))
    print(log)


asyncio.run(main())
