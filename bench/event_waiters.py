# 200,000 tasks suspended on one asyncio.Event, then released together: memory per
# suspended task and the wake-up of many waiters.
import asyncio


async def waiter(event, i):
    await event.wait()
    return i


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, i)) for i in range(200_000)]
    await asyncio.sleep(0)
    event.set()
    print(sum(await asyncio.gather(*tasks)))


asyncio.run(main())
