# A TaskGroup cancels every child after a failure before any of them resumes (CPython
# walks a set of tasks, an address-dependent order, so each phase is printed sorted).
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"c{n} cancelled")
        await asyncio.sleep(0)
        log.append(f"c{n} cleaned")
        raise


async def bad():
    await asyncio.sleep(0.01)
    raise OSError("disk")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(child(n), name=f"c{n}")
            tg.create_task(bad())
            tg.create_task(child(9))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [type(e).__name__ for e in eg.exceptions])
    print(sorted(log[:5]))
    print(sorted(log[5:]))


asyncio.run(main())
