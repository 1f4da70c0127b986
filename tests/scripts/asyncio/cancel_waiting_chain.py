# Cancelling a task that awaits another task cancels the inner one too; the message
# travels down; the outer sees the inner's CancelledError.
import asyncio

log = []


async def leaf():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(f"leaf cancelled {e.args}")
        raise


async def middle(t):
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"middle cancelled {e.args}")
        raise


async def main():
    inner = asyncio.create_task(leaf())
    outer = asyncio.create_task(middle(inner))
    await asyncio.sleep(0)
    outer.cancel("from main")
    for t in (outer, inner):
        try:
            await t
        except asyncio.CancelledError as e:
            log.append(f"main sees {e.args}")
    print(log)
    print(inner.cancelled(), outer.cancelled())


asyncio.run(main())
