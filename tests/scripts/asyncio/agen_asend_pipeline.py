# Two-way communication with an async generator through asend: a running average that
# awaits between values.
import asyncio


async def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        await asyncio.sleep(0)
        total += value
        count += 1
        avg = total / count


async def main():
    g = averager()
    print(await g.asend(None))
    for v in [10, 20, 60]:
        print(await g.asend(v))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("finished")
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print("still finished")


asyncio.run(main())
