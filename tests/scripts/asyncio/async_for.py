import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


class Pairs:
    def __aiter__(self):
        return Ticker(3)


async def other():
    for i in range(4):
        print("  other", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    async for x in Ticker(3):
        print("got", x)
    else:
        print("loop else ran")
    async for x in Ticker(5):
        if x == 2:
            continue
        if x == 4:
            print("breaking")
            break
        print("got", x)
    else:
        print("not printed")
    total = 0
    async for a in Pairs():
        async for b in Ticker(2):
            total += a * b
    print("total", total)
    await t
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError", e)

    class BadIter:
        def __aiter__(self):
            return 42

    try:
        async for x in BadIter():
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        async for x in Ticker(1):
            raise ValueError("from body")
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
