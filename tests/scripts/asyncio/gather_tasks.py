# gather accepts tasks as well as coroutines.
import asyncio

async def job(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name + " done"

async def main():
    ta = asyncio.create_task(job("A", 2))
    tb = asyncio.create_task(job("B", 3))
    results = await asyncio.gather(ta, job("C", 1), tb)
    print(results)
    inner = await asyncio.gather(job("D", 1), asyncio.gather(job("E", 1), job("F", 1)))
    print(inner)

asyncio.run(main())
