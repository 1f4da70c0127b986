import asyncio


def cb(tag, *rest):
    print("cb", tag, rest)


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_running_loop(), loop.is_running())
    t0 = loop.time()
    loop.call_soon(cb, "soon1")
    h = loop.call_soon(cb, "cancelled")
    loop.call_soon(cb, "soon2", 1, 2)
    h.cancel()
    print(h.cancelled())
    loop.call_later(0.05, cb, "later50")
    loop.call_later(0.02, cb, "later20")
    th = loop.call_later(0.03, cb, "later30-cancelled")
    loop.call_at(loop.time() + 0.01, cb, "at10")
    print(type(th).__name__, th.when() > t0)
    th.cancel()
    print("before sleep")
    await asyncio.sleep(0)
    print("after sleep 0")
    await asyncio.sleep(0.08)
    print("elapsed ok", loop.time() - t0 >= 0.08)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from timer")
    print(await fut)

    def boom():
        raise ValueError("in callback")

    loop.call_soon(boom)
    loop.call_soon(cb, "after boom")
    await asyncio.sleep(0.01)
    print("loop survived")


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
