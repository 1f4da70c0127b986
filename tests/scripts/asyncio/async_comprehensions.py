import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def failing():
    yield 1
    raise ValueError("mid-comprehension")


async def main():
    print([x async for x in agen(4)])
    print([x * 10 async for x in agen(6) if x % 2])
    print({x: x * x async for x in agen(3)})
    print({x % 2 async for x in agen(5)})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3) if await double(x) > 0])
    print([(x, y) async for x in agen(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in agen(2)])
    print([x async for x in Countdown(3)])
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    print([[await double(y) for y in range(x)] for x in range(3)])
    try:
        print([x async for x in failing()])
    except ValueError as e:
        print("ValueError", e)
    items = [1, 2]
    try:
        print([x async for x in items])
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
