# Awaiting custom awaitables: __await__ returning an iterator that yields futures, a
# class awaiting a coroutine inside __await__, and awaiting the same future twice.
import asyncio


class Delayed:
    def __init__(self, value, delay):
        self.value, self.delay = value, delay

    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        return self.value


class Wrapper:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        result = yield from self.coro.__await__()
        return ("wrapped", result)


async def compute(x):
    await asyncio.sleep(0)
    return x + 1


async def main():
    print(await Delayed("late", 0.01))
    print(await Wrapper(compute(41)))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "twice")
    print(await fut, await fut)
    print(await asyncio.gather(Delayed(1, 0.02), Delayed(2, 0.01)))


asyncio.run(main())
