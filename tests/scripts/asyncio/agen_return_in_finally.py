# aclose() on an async generator whose finally awaits and logs; closing twice; a
# generator that yields in finally during aclose raises RuntimeError.
import asyncio


async def polite(log):
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        log.append("polite cleanup")


async def stubborn():
    try:
        yield 1
    finally:
        yield "again"


async def main():
    log = []
    g = polite(log)
    print(await g.__anext__())
    await g.aclose()
    await g.aclose()
    print(log)
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
