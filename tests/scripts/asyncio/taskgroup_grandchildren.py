# Children of a TaskGroup adding more tasks to the same group; the group waits for all,
# and results come back through the task objects.
import asyncio

log = []


async def spawner(tg, depth):
    log.append(f"spawner {depth}")
    if depth < 3:
        t = tg.create_task(spawner(tg, depth + 1))
        await asyncio.sleep(0)
        log.append(f"spawned {depth + 1}, done={t.done()}")
    return depth


async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(spawner(tg, 0))
        log.append("body ends")
    log.append(f"group done, first={first.result()}")
    for line in log:
        print(line)


asyncio.run(main())
