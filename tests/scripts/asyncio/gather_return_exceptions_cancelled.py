# Cancelling a gather made with return_exceptions=True still cancels the children and
# raises CancelledError to the awaiter.
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"child {n} cancelled")
        raise


async def main():
    g = asyncio.gather(child(1), child(2), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        log.append("awaiter got CancelledError")
    print(log)

    async def waiter():
        return await asyncio.gather(child(3), child(4), return_exceptions=True)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        log.append("outer task cancelled")
    print(log[2:])


asyncio.run(main())
