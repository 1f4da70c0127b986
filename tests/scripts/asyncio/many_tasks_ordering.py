# Fifty tasks each doing a few sleep(0) steps: the global step order is strictly
# round-robin in creation order.
import asyncio

order = []


async def worker(n):
    for step in range(3):
        order.append((step, n))
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(worker(n) for n in range(50)))
    print(order == sorted(order), len(order))
    print(order[:3], order[-3:])


asyncio.run(main())
