# cancelling()/uncancel(): a task that catches a cancellation and carries on, counting
# requests; timeout() relies on uncancel to tell its own cancellation from others.
import asyncio


async def stubborn(log):
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
            log.append(f"slept {i}")
        except asyncio.CancelledError:
            t = asyncio.current_task()
            log.append(f"cancel {i}: cancelling={t.cancelling()}")
            log.append(f"uncancel -> {t.uncancel()}")
    return "survived"


async def main():
    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0.01)
    t.cancel()
    t.cancel()
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)
    print(log)
    print(t.cancelling(), t.uncancel(), t.uncancel())

    async def inner():
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            return f"timed out, cancelling={asyncio.current_task().cancelling()}"

    print(await asyncio.create_task(inner()))


asyncio.run(main())
