# ensure_future on a coroutine (a new task), a future (itself), an awaitable object (a
# task wrapping it), and something else (TypeError).
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"


async def coro():
    return "from coroutine"


async def main():
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError", e)
    print(asyncio.isfuture(t), asyncio.isfuture(42), asyncio.iscoroutine(coro), end=" ")
    c = coro()
    print(asyncio.iscoroutine(c))
    await c


asyncio.run(main())
