# create_task schedules a coroutine; it runs only when the creator yields.
import asyncio

async def worker(name, result):
    print(name, "started")
    await asyncio.sleep(0)
    print(name, "finished")
    return result

async def main():
    t1 = asyncio.create_task(worker("t1", 1))
    t2 = asyncio.create_task(worker("t2", 2))
    print("tasks created, nothing ran yet")
    r1 = await t1
    print("t1 result", r1)
    r2 = await t2
    print("t2 result", r2)
    print("awaiting a done task again:", await t1)

asyncio.run(main())
