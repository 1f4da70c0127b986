# call_soon, call_later and call_at ordering: FIFO among soon callbacks, timers by
# deadline, equal deadlines in scheduling order, cancelled handles skipped, callbacks
# scheduled by callbacks run in the next iteration.
import asyncio

log = []


def cb(name, loop=None):
    log.append(name)
    if loop is not None:
        loop.call_soon(cb, name + "+soon")


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_later(0.02, cb, "later20")
    loop.call_at(now + 0.01, cb, "at10")
    h = loop.call_later(0.015, cb, "cancelled")
    loop.call_soon(cb, "soon1", loop)
    loop.call_soon(cb, "soon2")
    loop.call_at(now + 0.02, cb, "at20")
    loop.call_later(0, cb, "later0")
    h.cancel()
    print(h.cancelled())
    log.append("main before sleep")
    await asyncio.sleep(0)
    log.append("main after sleep0")
    await asyncio.sleep(0.03)
    print(log)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "timer result")
    print(await fut)
    print(isinstance(loop.call_soon(cb, "x"), asyncio.Handle))
    print(isinstance(loop.call_later(1, cb, "y"), asyncio.TimerHandle))


asyncio.run(main())
