# Values flow back through chains of awaits.
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def mul(a, b):
    return a * b

async def compute(x):
    s = await add(x, 1)
    p = await mul(s, s)
    return [x, s, p]

async def nothing():
    await asyncio.sleep(0)

async def main():
    print(await add(2, 3))
    print(await mul("ab", 3))
    print(await compute(4))
    print(await nothing())
    total = 0
    for i in range(5):
        total += await add(i, i)
    print("total", total)
    print(await add(2 ** 70, 1))

asyncio.run(main())
