import asyncio


async def numbers(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "cleanup")


async def slow_cleanup(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "cleanup start")
        await asyncio.sleep(0.01)
        print(name, "cleanup end")


keep = []


async def first_of(name):
    async for x in numbers(name):
        return x


async def main():
    async for x in numbers("broken"):
        if x == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    print("first:", await first_of("returned"))
    await asyncio.sleep(0)
    g = slow_cleanup("kept")
    keep.append(g)
    print(await g.__anext__())
    g2 = slow_cleanup("closed explicitly")
    print(await g2.__anext__())
    await g2.aclose()
    print("main done")


asyncio.run(main())
print("after run")
