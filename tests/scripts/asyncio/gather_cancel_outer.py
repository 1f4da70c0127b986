# Cancelling a gather cancels every child still running; children that finish ignore it;
# the gather raises CancelledError to its awaiter.
import asyncio

log = []


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 0.05), child("c", 0.05))
    await asyncio.sleep(0.02)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        log.append("gather cancelled")
    print(log, g.cancelled())
    done = asyncio.gather(child("d", 0))
    await done
    print(done.cancel(), done.result())


asyncio.run(main())
