# Queue.join waits until every item is marked done; task_done too many times is an error;
# several joiners all wake.
import asyncio


async def worker(q, name, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        log.append(f"{name} finished {item}")
        q.task_done()


async def joiner(q, name, log):
    await q.join()
    log.append(f"{name} joined")


async def main():
    q = asyncio.Queue()
    log = []
    for i in range(6):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker(q, f"w{i}", log)) for i in range(2)]
    js = [asyncio.create_task(joiner(q, f"j{i}", log)) for i in range(2)]
    await asyncio.gather(*js)
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    print(log)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    await q.join()
    print("join on empty returns at once")


asyncio.run(main())
