# golden: stderr
# A coroutine closed before it ran does not warn; one dropped does; one awaited does not.
import asyncio


async def job(n):
    return n


async def main():
    a = job(1)
    a.close()
    b = job(2)
    print(await b)
    c = job(3)
    print(type(c).__name__, c.__qualname__)
    c = None
    print("c dropped")


asyncio.run(main())
