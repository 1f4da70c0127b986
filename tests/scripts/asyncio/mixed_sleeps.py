# sleep(0) tasks all run before any timer fires.
import asyncio

async def fast(name):
    for i in range(3):
        print(name, "fast", i)
        await asyncio.sleep(0)

async def slow(name):
    print(name, "slow begins")
    await asyncio.sleep(0.05)
    print(name, "slow ends")

async def main():
    await asyncio.gather(slow("s1"), fast("f1"), fast("f2"), slow("s2"))
    print("phase 2")
    t = asyncio.create_task(slow("s3"))
    for i in range(3):
        print("main tick", i)
        await asyncio.sleep(0)
    await t
    print("end")

asyncio.run(main())
