# asyncio.timeout racing against completion: work that finishes before the deadline, one
# that does not, rescheduling the deadline, and a timeout that expires inside a finally.
import asyncio


async def work(delay, log, name):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.05) as cm:
        log.append(await work(0.01, log, "fast"))
    log.append(f"expired={cm.expired()}")
    try:
        async with asyncio.timeout(0.01) as cm:
            await work(0.05, log, "slow")
    except TimeoutError:
        log.append(f"timeout expired={cm.expired()}")
    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(loop.time() + 0.04)
            await work(0.02, log, "rescheduled")
    except TimeoutError:
        log.append("should not time out")
    async with asyncio.timeout(None) as cm:
        await work(0.01, log, "no deadline")
        log.append(f"when={cm.when()}")
    try:
        async with asyncio.timeout(0.01):
            try:
                await work(0.05, log, "inner")
            finally:
                log.append("finally runs")
    except TimeoutError:
        log.append("outer timeout")
    print(log)


asyncio.run(main())
