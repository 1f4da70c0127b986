# An exception raised in the body of `async with TaskGroup()` cancels the children; the
# children's own errors are grouped with it; a CancelledError of the parent propagates.
import asyncio


async def child(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.02, log))
            tg.create_task(child("b", 0, log))
            await asyncio.sleep(0.01)
            raise RuntimeError("body")
    except* RuntimeError as eg:
        log.append(f"caught {eg.exceptions}")
    print(log)

    log = []

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("p1", 0.05, log))
            tg.create_task(child("p2", 0.05, log))
            await asyncio.sleep(1)

    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("parent cancelled")
    # CPython cancels the children in the order of a set of tasks (by address).
    print(sorted(log[:2]), log[2:])

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("x", 0.01, log))
    print(t1.done(), log[-1])


asyncio.run(main())
