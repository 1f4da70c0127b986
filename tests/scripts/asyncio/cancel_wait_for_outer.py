# Cancelling a task blocked in wait_for cancels the awaited inner task too, and the
# CancelledError (not TimeoutError) reaches the outer task.
import asyncio

log = []


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), 0.5)
    except asyncio.CancelledError:
        log.append("outer sees CancelledError")
        raise
    except TimeoutError:
        log.append("wrong: timeout")


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main: outer cancelled")
    print(log)


asyncio.run(main())
