# An async generator left by break, by an exception or by return is finalized by the loop
# (aclose in a task of its own) a fixed number of iterations later, as in CPython.
import asyncio
async def gen(log):
    try:
        for i in range(5):
            yield i
    finally:
        log.append("gen finally")
async def main():
    log = []
    async for x in gen(log):
        if x == 2:
            break
    log.append("after break")
    for i in range(3):
        await asyncio.sleep(0)
        log.append(f"after sleep {i}")
    print(log)
    log.clear()
    try:
        async for x in gen(log):
            if x == 1:
                raise ValueError("stop")
    except ValueError:
        log.append("caught")
    for i in range(3):
        await asyncio.sleep(0)
        log.append(f"after sleep {i}")
    print(log)

    log.clear()

    async def first_even():
        async for x in gen(log):
            if x % 2 == 0 and x > 0:
                return x

    log.append(f"returned {await first_even()}")
    for i in range(3):
        await asyncio.sleep(0)
        log.append(f"after sleep {i}")
    print(log)


asyncio.run(main())
