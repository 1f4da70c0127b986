# The first exception from gather propagates; other tasks keep running.
import asyncio

async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, "completed")
    return name

async def bad(delay):
    await asyncio.sleep(delay)
    print("bad raising")
    raise KeyError("gathered")

async def main():
    try:
        await asyncio.gather(ok("first", 0.02), bad(0.04), ok("slow", 0.08))
        print("not printed")
    except KeyError as e:
        print("caught from gather:", repr(e))
    await asyncio.sleep(0.1)
    print("after waiting, slow task has finished")
    results = await asyncio.gather(ok("x", 0), ok("y", 0))
    print(results)

asyncio.run(main())
