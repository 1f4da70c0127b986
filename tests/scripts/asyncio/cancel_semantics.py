import asyncio


async def sleeper(name, delay):
    try:
        print(name, "sleeping")
        await asyncio.sleep(delay)
        print(name, "woke")
        return name
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "finally")


async def suppressor():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("suppressor swallowed the cancel")
    await asyncio.sleep(0)
    return "suppressed"


async def cleanup_awaits():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup: start")
        await asyncio.sleep(0.01)
        print("cleanup: end")


async def waiter(other):
    try:
        return await other
    except asyncio.CancelledError as e:
        print("waiter saw", e.args)
        raise


async def main():
    t = asyncio.create_task(sleeper("a", 1))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main caught", e.args, t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() again", e.args)

    s = asyncio.create_task(suppressor())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())

    c = asyncio.create_task(cleanup_awaits())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print("cancel requested, cleanup running")
    try:
        await c
    except asyncio.CancelledError:
        print("cleanup task cancelled", c.cancelled())

    inner = asyncio.create_task(sleeper("inner", 1))
    outer = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0)
    outer.cancel("outer msg")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args, inner.cancelled(), inner.done())
    await asyncio.sleep(0)
    print("inner", inner.cancelled(), inner.done())

    early = asyncio.create_task(sleeper("early", 1))
    early.cancel("before start")
    try:
        await early
    except asyncio.CancelledError as e:
        print("early", e.args)
    print(isinstance(asyncio.CancelledError(), Exception), issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
