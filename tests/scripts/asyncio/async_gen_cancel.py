import asyncio

class Res:
    async def __aenter__(self):
        print("res enter")
        return self
    async def __aexit__(self, *a):
        print("res exit", a[0].__name__ if a[0] else None)

async def agen():
    async with Res():
        try:
            for i in range(5):
                await asyncio.sleep(0.04)
                yield i
        except asyncio.CancelledError:
            print("agen saw cancel")
            raise
        finally:
            print("agen finally")

async def consumer(g):
    async for v in g:
        print("consumer got", v)

async def main():
    g = agen()
    t = asyncio.create_task(consumer(g))
    await asyncio.sleep(0.06)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")
    try:
        print(await g.__anext__())
    except StopAsyncIteration:
        print("agen is finished")

    g2 = agen()
    t1 = asyncio.create_task(g2.__anext__().__await__() if False else consumer(g2))
    await asyncio.sleep(0)
    try:
        await g2.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)
    t1.cancel()
    await asyncio.gather(t1, return_exceptions=True)

    async def gen_ret():
        yield 1
        return
    print([x async for x in gen_ret()])

    async def thrower():
        try:
            yield 1
        except KeyError as e:
            print("caught", e)
            yield 2
        yield 3
    th = thrower()
    print(await th.__anext__())
    print(await th.athrow(KeyError, "k"))
    print(await th.__anext__())
    try:
        await th.athrow(ValueError("v"))
    except ValueError as e:
        print("propagated", e)
    print(await th.aclose())

asyncio.run(main())
