# Class-based async iterators: __aiter__/__anext__ with awaits, StopAsyncIteration,
# async for with else and break, and an async iterable used twice.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return CountdownIter(self.n)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


async def main():
    c = Countdown(3)
    async for x in c:
        print("tick", x)
    else:
        print("loop else")
    async for x in c:
        if x == 2:
            print("break at", x)
            break
    else:
        print("not printed")
    print([x async for x in Countdown(4)])
    it = CountdownIter(1)
    print(await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
