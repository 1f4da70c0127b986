# A child of gather cancelled on its own: without return_exceptions the gather fails with
# CancelledError; with it, the CancelledError is one of the results.
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    t1 = asyncio.create_task(child("one", 0.02))
    t2 = asyncio.create_task(child("two", 0.01))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError", g.cancelled())
    print(await t2)
    t3 = asyncio.create_task(child("three", 0.02))
    t4 = asyncio.create_task(child("four", 0.01))
    g2 = asyncio.gather(t3, t4, return_exceptions=True)
    await asyncio.sleep(0)
    t3.cancel("stop it")
    res = await g2
    print([type(r).__name__ for r in res], res[1])


asyncio.run(main())
