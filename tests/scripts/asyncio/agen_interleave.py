# Two consumers iterating async generators that sleep: their items interleave in time
# order; a break closes the generator (its finally runs) before the loop goes on.
import asyncio

log = []


async def numbers(name, delay, n):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield f"{name}{i}"
    finally:
        log.append(f"{name} closed")


async def consume(name, delay, n, stop=None):
    agen = numbers(name, delay, n)
    async for item in agen:
        log.append(item)
        if item == stop:
            break
    await agen.aclose()
    log.append(f"{name} consumer done")


async def main():
    await asyncio.gather(consume("a", 0.01, 3), consume("b", 0.045, 3, stop="b1"))
    for line in log:
        print(line)
    print([x async for x in numbers("c", 0, 3)])
    print([x async for x in numbers("d", 0, 5) if x.endswith(("1", "3"))])


asyncio.run(main())
