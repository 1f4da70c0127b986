# Tasks that create further tasks.
import asyncio

async def leaf(name):
    print("leaf", name, "start")
    await asyncio.sleep(0)
    print("leaf", name, "end")
    return name

async def branch(name, n):
    print("branch", name, "spawning", n)
    tasks = []
    for i in range(n):
        tasks.append(asyncio.create_task(leaf(name + str(i))))
    results = []
    for t in tasks:
        results.append(await t)
    print("branch", name, "collected", results)
    return results

async def main():
    r = await asyncio.gather(branch("L", 2), branch("R", 3))
    print(r)

asyncio.run(main())
