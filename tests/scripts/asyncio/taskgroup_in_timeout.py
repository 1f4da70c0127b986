# A TaskGroup inside asyncio.timeout: when the deadline passes, the children are
# cancelled and TimeoutError comes out of the timeout block.
import asyncio

log = []


async def worker(n, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"w{n} done")
    except asyncio.CancelledError:
        log.append(f"w{n} cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker(1, 0.01))
                tg.create_task(worker(2, 0.05))
    except TimeoutError:
        log.append("timeout")
    print(log)


asyncio.run(main())
