import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_at(now + 0.02, print, "b at +20")
    loop.call_at(now + 0.02, print, "c at +20")
    loop.call_at(now - 5, print, "past")
    loop.call_soon(print, "soon")
    h = loop.call_later(0.01, print, "never")
    loop.call_later(0, print, "later 0")
    h.cancel(); h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.05)
    fut = loop.create_future()
    def setter():
        print("setter runs")
        fut.set_result("done")
        loop.call_soon(print, "scheduled from callback")
    loop.call_soon(setter)
    print(await fut)
    await asyncio.sleep(0)
    # exception inside a done callback does not break others
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: 1/0)
    f2.add_done_callback(lambda f: print("second cb", f.result()))
    f2.set_result(9)
    await asyncio.sleep(0)
    # timers racing with completion
    async def quick():
        await asyncio.sleep(0.01)
        return "quick"
    print(await asyncio.wait_for(quick(), 0.5))
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.timeout(0.5):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout won")
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner timeout")
    q = asyncio.Queue(1)
    await q.put(1)
    p = asyncio.create_task(q.put(2))
    p2 = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    p.cancel()
    print(await q.get())
    await asyncio.sleep(0)
    print(q.qsize(), p.cancelled(), p2.done())
    print(await q.get())
    sem = asyncio.Semaphore(1)
    async def use(n):
        async with sem:
            print("use", n)
            await asyncio.sleep(0.01)
    ts = [asyncio.create_task(use(i)) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    cond = asyncio.Condition()
    async def cw(n):
        async with cond:
            try:
                await cond.wait()
                print("cw woke", n)
            except asyncio.CancelledError:
                print("cw cancelled", n, cond.locked())
                raise
    cs = [asyncio.create_task(cw(i)) for i in range(3)]
    await asyncio.sleep(0)
    cs[0].cancel()
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs, return_exceptions=True)

asyncio.run(main())
