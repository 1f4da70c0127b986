import asyncio


async def child(n):
    try:
        await asyncio.sleep(0.05)
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def fails():
    raise ValueError("nobody looks at this")


async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()


async def main():
    await nested()
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    g2 = asyncio.gather(child(3), fails(), return_exceptions=True)
    print(await g2)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("task failed silently:", t.done())
    return "main result"


print(asyncio.run(main(), debug=False))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)
