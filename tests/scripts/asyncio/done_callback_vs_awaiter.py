# When a task finishes, its done callbacks and the tasks awaiting it run in the order
# they were registered.
import asyncio

log = []


async def work():
    await asyncio.sleep(0)
    log.append("work done")
    return 5


async def awaiter(t, name):
    r = await t
    log.append(f"{name} got {r}")


async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(lambda f: log.append(f"cb1 {f.result()}"))
    a = asyncio.create_task(awaiter(t, "a1"))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: log.append("cb2"))
    b = asyncio.create_task(awaiter(t, "a2"))
    await asyncio.gather(a, b)
    for line in log:
        print(line)


asyncio.run(main())
