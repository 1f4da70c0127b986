# Event: waiters wake in the order they started waiting; clear() before they run does not
# stop them; a new wait after clear blocks until the next set.
import asyncio


async def waiter(ev, name, log):
    log.append(f"{name} waiting")
    r = await ev.wait()
    log.append(f"{name} woke {r}")


async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(ev, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    log.append(f"is_set={ev.is_set()}")
    await asyncio.gather(*ts)
    late = asyncio.create_task(waiter(ev, "late", log))
    await asyncio.sleep(0.01)
    log.append(f"late done={late.done()}")
    ev.set()
    await late
    log.append(f"wait on set event: {await ev.wait()}")
    print(log)


asyncio.run(main())
