# wait_for: completion just before the timeout, timeout with cleanup in the task, a task
# that suppresses cancellation, and wait_for on an already finished future.
import asyncio


async def job(delay, log, name, swallow=False):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        if swallow:
            return f"{name} swallowed"
        raise


async def main():
    log = []
    log.append(await asyncio.wait_for(job(0.01, log, "a"), 0.05))
    try:
        await asyncio.wait_for(job(0.05, log, "b"), 0.01)
    except TimeoutError as e:
        log.append(f"timeout {type(e.__cause__).__name__}")
    log.append(await asyncio.wait_for(job(0.05, log, "c", swallow=True), 0.01))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    log.append(await asyncio.wait_for(fut, 0))
    log.append(await asyncio.wait_for(job(0, log, "d"), None))
    try:
        await asyncio.wait_for(job(0.01, log, "e"), 0)
    except TimeoutError:
        log.append("zero timeout")
    print(log)


asyncio.run(main())
