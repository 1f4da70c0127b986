# Barrier.reset() while tasks wait breaks their wait with BrokenBarrierError; afterwards
# the barrier works again.
import asyncio


async def waiter(b, name, log):
    try:
        await b.wait()
        log.append(f"{name} passed")
    except asyncio.BrokenBarrierError:
        log.append(f"{name} broken")


async def main():
    b = asyncio.Barrier(3)
    log = []
    ts = [asyncio.create_task(waiter(b, n, log)) for n in "xy"]
    await asyncio.sleep(0)
    log.append(f"waiting {b.n_waiting}")
    await b.reset()
    await asyncio.gather(*ts)
    log.append(f"broken after reset: {b.broken}")
    await asyncio.gather(*(waiter(b, n, log) for n in "pqr"))
    print(log)


asyncio.run(main())
