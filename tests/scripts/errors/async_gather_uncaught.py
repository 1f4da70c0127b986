# An exception escaping gather inside asyncio.run is uncaught.
import asyncio

async def ok():
    await asyncio.sleep(0)
    print("ok finished")
    return 1

async def boom():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise ValueError("boom inside gather")

async def main():
    results = await asyncio.gather(ok(), boom())
    print("never", results)

asyncio.run(main())
