# An exception escaping a coroutine aborts asyncio.run.
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    print("worker", n, "about to fail")
    raise RuntimeError("worker " + str(n) + " failed")

async def main():
    print("main start")
    await worker(1)
    print("never printed")

asyncio.run(main())
print("never printed either")
