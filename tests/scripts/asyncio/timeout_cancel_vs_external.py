# A task cancelled from outside while inside asyncio.timeout gets CancelledError, not
# TimeoutError, and the timeout reports not expired.
import asyncio


async def guarded(log):
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"cancelled, expired={cm.expired()}")
        raise
    except TimeoutError:
        log.append("wrong: TimeoutError")


async def main():
    log = []
    t = asyncio.create_task(guarded(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw CancelledError")
    print(log)


asyncio.run(main())
