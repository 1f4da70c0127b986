import asyncio


class Delegating:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.compute().__await__()

    async def compute(self):
        await asyncio.sleep(0.01)
        return self.value * 10


class GeneratorAwait:
    def __await__(self):
        print("  gen: start")
        yield
        print("  gen: after bare yield")
        r = yield from asyncio.sleep(0.01, "slept").__await__()
        print("  gen: got", r)
        return "gen result"


class FutureAwait:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        v = yield from self.fut
        return ("fut", v)


class Bad:
    def __await__(self):
        return 42


class NotAwaitable:
    pass


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    print(await Delegating(4))
    t = asyncio.create_task(ticker())
    print(await GeneratorAwait())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 7)
    print(await FutureAwait(f))
    await t
    print(await asyncio.gather(Delegating(1), Delegating(2)))
    try:
        await Bad()
    except TypeError as e:
        print("TypeError", e)
    try:
        await NotAwaitable()
    except TypeError as e:
        print("TypeError", e)
    print(await asyncio.ensure_future(Delegating(9)))


asyncio.run(main())
