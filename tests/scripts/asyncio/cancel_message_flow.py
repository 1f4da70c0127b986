# The message given to cancel() reaches the CancelledError inside the task, the awaiting
# task, and result() afterwards.
import asyncio


async def victim(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(f"inside: {e.args}")
        raise


async def main():
    log = []
    t = asyncio.create_task(victim(log))
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"awaiter: {e.args}")
    try:
        t.result()
    except asyncio.CancelledError as e:
        log.append(f"result(): {e.args}")
    t2 = asyncio.create_task(victim(log))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        log.append(f"no message: {e.args}")
    for line in log:
        print(line)


asyncio.run(main())
