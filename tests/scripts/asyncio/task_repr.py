# repr() of tasks and futures in each state, as CPython 3.11 writes them.
import asyncio

HERE = __file__


def show(x):
    print(repr(x).replace(HERE, "FILE"))


async def sleeper():
    await asyncio.sleep(0.01)
    return 42


async def boom():
    raise KeyError("k")


async def waiter(fut):
    return await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    show(fut)
    t = asyncio.create_task(sleeper(), name="sleepy")
    show(t)
    await asyncio.sleep(0)
    show(t)
    w = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    show(fut)
    show(w)
    fut.set_result([1, 2])
    show(fut)
    await w
    show(w)
    print(await t)
    show(t)
    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    show(b)
    b.exception()
    c = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    c.cancel()
    show(c)
    await asyncio.sleep(0)
    show(c)
    f2 = asyncio.get_running_loop().create_future()
    f2.cancel()
    show(f2)
    f3 = asyncio.get_running_loop().create_future()
    f3.set_exception(RuntimeError("x"))
    show(f3)
    f3.exception()
    print(t.get_coro().__qualname__, type(t.get_coro()).__name__)


asyncio.run(main())
