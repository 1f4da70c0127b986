# Async comprehensions with await in the element and condition, nested async for, and
# dict/set comprehensions over async generators.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def keep(x):
    return x % 2 == 0


async def main():
    print([await double(x) async for x in agen(4)])
    print([x async for x in agen(6) if await keep(x)])
    print([(x, y) async for x in agen(2) async for y in agen(2)])
    print({x: await double(x) async for x in agen(3)})
    print(sorted({x % 2 async for x in agen(5)}))
    print([await double(x) for x in range(3)])


asyncio.run(main())
