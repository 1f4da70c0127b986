# Several tasks update a global counter between suspension points.
import asyncio

counter = 0
log = []

async def incrementer(name, times):
    global counter
    for i in range(times):
        counter += 1
        log.append(name)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(incrementer("a", 3), incrementer("b", 3), incrementer("c", 2))
    print(counter)
    print("".join(log))

asyncio.run(main())
