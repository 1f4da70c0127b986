import asyncio


def report(fut):
    if fut.cancelled():
        print("callback: cancelled")
    elif fut.exception() is not None:
        print("callback: exception", repr(fut.exception()))
    else:
        print("callback: result", fut.result())


def other(fut):
    print("other callback")


async def work(x, delay):
    await asyncio.sleep(delay)
    if x < 0:
        raise ValueError(x)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(report)
    f.add_done_callback(other)
    f.add_done_callback(other)
    print("removed", f.remove_done_callback(other))
    f.set_result(1)
    print("set, callbacks not run yet")
    await asyncio.sleep(0)
    print("after one iteration")
    f.add_done_callback(report)
    await asyncio.sleep(0)

    t = asyncio.create_task(work(3, 0.01))
    t.add_done_callback(report)
    t2 = asyncio.create_task(work(-1, 0.03))
    t2.add_done_callback(report)
    t3 = asyncio.create_task(work(5, 0.05))
    t3.add_done_callback(report)
    await asyncio.sleep(0)
    t3.cancel()
    print(await t)
    try:
        await t2
    except ValueError as e:
        print("t2 raised", e)
    try:
        await t3
    except asyncio.CancelledError:
        print("t3 cancelled", t3.cancelled())
    await asyncio.sleep(0)

    g = asyncio.Future()
    g.add_done_callback(report)
    g.set_exception(KeyError("k"))
    await asyncio.sleep(0)
    try:
        await g
    except KeyError as e:
        print("awaited exception", repr(e))
    h = asyncio.Future()
    h.add_done_callback(report)
    print(h.cancel("why"), h.cancel(), h.cancelled(), h.done())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("result raised CancelledError", e.args)
    await asyncio.sleep(0)


asyncio.run(main())
