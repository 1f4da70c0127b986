# A task that suppresses its cancellation finishes normally; cancel() on a done task
# returns False; cancelling before the first step.
import asyncio


async def ignore():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "ignored"


async def never_started():
    print("this never prints")


async def main():
    t = asyncio.create_task(ignore())
    await asyncio.sleep(0)
    print(t.cancel())
    print(await t, t.cancelled())
    print(t.cancel())
    t2 = asyncio.create_task(never_started())
    print(t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before start", t2.cancelled())
    t3 = asyncio.create_task(ignore())
    await asyncio.sleep(0)
    t3.cancel()
    t3.cancel()
    print(await t3, t3.cancelling())


asyncio.run(main())
