# Tasks that finish before being awaited, and awaiting tasks in reverse order.
import asyncio

async def quick(n):
    print("quick", n)
    return n * n

async def slow(n, d):
    await asyncio.sleep(d)
    print("slow", n)
    return -n

async def main():
    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(quick(i)))
    await asyncio.sleep(0.01)
    print("main woke; quick tasks already ran")
    results = []
    for t in [tasks[2], tasks[1], tasks[0]]:
        results.append(await t)
    print(results)
    s1 = asyncio.create_task(slow(1, 0.06))
    s2 = asyncio.create_task(slow(2, 0.02))
    print("awaiting s1 first")
    print(await s1)
    print(await s2)

asyncio.run(main())
