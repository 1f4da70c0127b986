# Nested timeouts: the inner one fires first and is caught inside; the outer fires later;
# timeout_at with an absolute deadline; an expired outer deadline wins over a later inner.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                log.append("inner timed out")
            await asyncio.sleep(1)
    except TimeoutError:
        log.append("outer timed out")
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        log.append(f"timeout_at expired {cm.expired()}")
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
    except TimeoutError:
        log.append("outer deadline first")
    async with asyncio.timeout(0.05):
        async with asyncio.timeout(0.01):
            pass
    log.append("nothing expired")
    print(log)


asyncio.run(main())
