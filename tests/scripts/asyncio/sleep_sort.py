# "Sleep sort": each task sleeps proportionally to its value.
import asyncio

order = []

async def emit(v):
    await asyncio.sleep(v * 0.02)
    order.append(v)
    print("emit", v)

async def main():
    tasks = []
    for v in [5, 1, 4, 2, 3]:
        tasks.append(asyncio.create_task(emit(v)))
    print("created", len(tasks), "tasks")
    for t in tasks:
        await t
    print(order)

asyncio.run(main())
