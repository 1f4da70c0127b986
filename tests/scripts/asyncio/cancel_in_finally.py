# Cancellation arriving while a task is already running its finally block, and a finally
# that awaits: the second cancel lands at the await inside finally.
import asyncio


async def worker(log):
    try:
        log.append("work")
        await asyncio.sleep(1)
    finally:
        log.append("cleanup start")
        try:
            await asyncio.sleep(0.01)
            log.append("cleanup slept")
        except asyncio.CancelledError:
            log.append("cleanup cancelled")
            raise
        finally:
            log.append("cleanup end")


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel("first")
    await asyncio.sleep(0)
    log.append(f"cancelling={t.cancelling()}")
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"main got {e.args}")
    print(log)
    print(t.cancelled(), t.cancelling())

    log2 = []
    t2 = asyncio.create_task(worker(log2))
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.sleep(0.03)
    print(log2, t2.cancelled())


asyncio.run(main())
