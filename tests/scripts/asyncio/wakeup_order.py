# Exact wake-up order when a task awaits another task or a gather:
# completion callbacks are scheduled, so a ticking task can run in between.
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def short():
    print("short start")
    await asyncio.sleep(0)
    print("short end")
    return "short result"

async def main():
    tk = asyncio.create_task(ticker(8))
    await asyncio.sleep(0)
    print("main: awaiting task")
    t = asyncio.create_task(short())
    print("main got", await t)
    print("main: awaiting gather")
    print("main got", await asyncio.gather(short(), short()))
    print("main: awaiting coroutine")
    print("main got", await short())
    await tk
    print("main done")

asyncio.run(main())
