# Producer and consumer sharing a list, coordinating with sleep(0).
import asyncio

queue = []
done = [False]

async def producer(n):
    for i in range(n):
        queue.append(i)
        print("produced", i)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    done[0] = True
    print("producer done")

async def consumer():
    got = []
    while True:
        if queue:
            item = queue.pop(0)
            print("consumed", item)
            got.append(item)
        elif done[0]:
            break
        await asyncio.sleep(0)
    return got

async def main():
    results = await asyncio.gather(consumer(), producer(4))
    print(results)

asyncio.run(main())
