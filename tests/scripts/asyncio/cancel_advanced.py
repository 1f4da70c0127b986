import asyncio

async def blocked(fut):
    try:
        return await fut
    except asyncio.CancelledError as e:
        print("blocked got", e.args)
        raise

async def cleanup_cancel():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup begins")
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("cancelled during cleanup", e.args)
            raise

async def resilient():
    n = 0
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            n += 1
            print("resilient caught", n, e.args, asyncio.current_task().cancelling())
            if n == 2:
                raise
            asyncio.current_task().uncancel()

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(blocked(fut))
    await asyncio.sleep(0)
    t.cancel("msg1")
    t.cancel("msg2")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main", e.args, fut.cancelled())
    for i in range(2):
        try:
            t.result()
        except asyncio.CancelledError as e:
            print("again", i, e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception()", e.args)

    c = asyncio.create_task(cleanup_cancel())
    await asyncio.sleep(0)
    c.cancel("first")
    await asyncio.sleep(0)
    c.cancel("second")
    try:
        await c
    except asyncio.CancelledError as e:
        print("c", e.args)

    r = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    r.cancel("a")
    await asyncio.sleep(0)
    r.cancel("b")
    try:
        await r
    except asyncio.CancelledError as e:
        print("r", e.args, r.cancelling())

    async def gwait():
        return await asyncio.gather(asyncio.sleep(1), asyncio.sleep(1, "x"))
    g = asyncio.create_task(gwait())
    await asyncio.sleep(0)
    g.cancel("gather msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("g", e.args)

    async def one(): 
        await asyncio.sleep(0.01)
        return 1
    t1 = asyncio.create_task(one())
    t2 = asyncio.create_task(asyncio.sleep(1))
    gg = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel("child cancelled")
    try:
        await gg
    except asyncio.CancelledError as e:
        print("gather child cancel", e.args, gg.cancelled(), gg.done())
    print(await t1)

asyncio.run(main())
