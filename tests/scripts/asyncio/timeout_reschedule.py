# Timeout.reschedule: pushing the deadline back, disabling it with None, and when().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        log.append(f"when={cm.when()}")
        await asyncio.sleep(0.02)
        log.append("survived disabled timeout")
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(0.05)
    except TimeoutError:
        log.append("rescheduled from None fired")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 0.05)
        await asyncio.sleep(0.02)
        log.append(f"pushed back, expired={cm.expired()}")
    print(log)


asyncio.run(main())
