# Lock, Semaphore, Condition and Event with cancelled waiters among many: wake-up order is
# FIFO over the waiters still waiting, as in CPython.
import asyncio


async def use_lock(lock, name, log):
    try:
        async with lock:
            log.append(name)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{name}!")


async def use_sem(sem, name, log):
    try:
        async with sem:
            log.append(name)
            await asyncio.sleep(0)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{name}!")


async def cond_waiter(cond, name, log):
    try:
        async with cond:
            await cond.wait()
            log.append(name)
    except asyncio.CancelledError:
        log.append(f"{name}!")


async def event_waiter(ev, name, log):
    try:
        await ev.wait()
        log.append(name)
    except asyncio.CancelledError:
        log.append(f"{name}!")


async def main():
    log = []
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(use_lock(lock, f"L{i}", log)) for i in range(8)]
    await asyncio.sleep(0)
    for i in (2, 3, 6):
        tasks[i].cancel()
    await asyncio.gather(*tasks)
    print(log, lock.locked())

    log = []
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(use_sem(sem, f"S{i}", log)) for i in range(9)]
    await asyncio.sleep(0)
    tasks[3].cancel()
    tasks[4].cancel()
    await asyncio.sleep(0)
    tasks[7].cancel()
    await asyncio.gather(*tasks)
    print(log, sem.locked(), sem._value)

    log = []
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(cond_waiter(cond, f"C{i}", log)) for i in range(6)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    tasks[4].cancel()
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)

    log = []
    ev = asyncio.Event()
    tasks = [asyncio.create_task(event_waiter(ev, f"E{i}", log)) for i in range(1000)]
    await asyncio.sleep(0)
    for t in tasks[::7]:
        t.cancel()
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    late = asyncio.create_task(event_waiter(ev, "late", log))
    await asyncio.gather(*tasks)
    print(len(log), log[:10], log[-3:], late.done())
    ev.set()
    await late
    print(log[-1], len(ev._waiters))


asyncio.run(main())
