import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, "consumed", items.pop(0))


async def notified(name, cond):
    async with cond:
        print(name, "waits")
        r = await cond.wait()
        print(name, "notified", r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ts = [asyncio.create_task(waiter(f"w{i}", ev)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print("set", ev.is_set())
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i * 10)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)

    ns = [asyncio.create_task(notified(f"n{i}", cond)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2)")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ns)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
