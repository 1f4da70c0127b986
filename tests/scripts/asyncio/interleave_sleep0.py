# Round-robin interleaving of tasks that yield with sleep(0).
import asyncio

async def ticker(name, count):
    for i in range(count):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "exits")

async def main():
    await asyncio.gather(ticker("a", 3), ticker("b", 2), ticker("c", 4))
    print("---")
    t1 = asyncio.create_task(ticker("x", 2))
    print("main yields once")
    await asyncio.sleep(0)
    t2 = asyncio.create_task(ticker("y", 2))
    print("main yields again")
    await asyncio.sleep(0)
    print("main waits")
    await t1
    await t2
    print("all done")

asyncio.run(main())
