# Nested TaskGroups: a failure in the inner group cancels its siblings, propagates as an
# ExceptionGroup to the outer group, which cancels its own children in turn.
import asyncio

log = []


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def failer(name, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} fails")
    raise ValueError(name)


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("i1", 0.05))
        tg.create_task(failer("i2", 0.01))
        tg.create_task(sleeper("i3", 0.05))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("o1", 0.05))
            tg.create_task(inner_group())
            tg.create_task(sleeper("o2", 0.005))
    except* ValueError as eg:
        print("outer caught", repr(eg.exceptions))
    print(log)


asyncio.run(main())
