# Condition: notify(n) wakes the longest waiters first; notify_all; wait_for with a
# predicate; each waiter re-acquires the lock in turn.
import asyncio


async def waiter(cond, name, log):
    async with cond:
        log.append(f"{name} waits")
        await cond.wait()
        log.append(f"{name} woke")


async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        log.append("notified 2")
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        log.append("notified all")
    await asyncio.gather(*ts)
    print(log)

    state = {"n": 0}

    async def until(k):
        async with cond:
            v = await cond.wait_for(lambda: state["n"] >= k)
            log.append(f"until {k}: {v} n={state['n']}")

    log.clear()
    ws = [asyncio.create_task(until(k)) for k in (3, 1, 2)]
    for _ in range(3):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            cond.notify_all()
    await asyncio.gather(*ws)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
