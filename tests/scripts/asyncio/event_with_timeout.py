# Waiting on an Event with a timeout through wait_for, and a queue get with a timeout.
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("event wait timed out")
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print(await asyncio.wait_for(ev.wait(), 0.1))
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out", q.qsize())
    asyncio.get_running_loop().call_later(0.01, q.put_nowait, "item")
    print(await asyncio.wait_for(q.get(), 0.1))
    q.put_nowait("kept")
    print(q.get_nowait(), q.empty())


asyncio.run(main())
