# Awaiting a coroutine that never suspends does not let other tasks run.
import asyncio

async def background():
    print("background runs")

async def quick():
    print("quick coroutine body")
    return "quick"

async def main():
    t = asyncio.create_task(background())
    r = await quick()
    print("after await quick():", r)
    r = await quick()
    print("second quick:", r)
    await asyncio.sleep(0)
    print("after sleep(0)")
    await t
    print("done")

asyncio.run(main())
