# Ten tasks contending for one Lock with async with: strict FIFO entry order, and the
# lock is never held by two at once.
import asyncio


async def main():
    lock = asyncio.Lock()
    inside = []
    order = []

    async def task(n):
        await asyncio.sleep(0.001 * (n % 3))
        async with lock:
            inside.append(n)
            assert len(inside) == 1
            order.append(n)
            await asyncio.sleep(0)
            inside.remove(n)

    await asyncio.gather(*(task(n) for n in range(10)))
    print(order)
    print(lock.locked(), repr(lock).startswith("<asyncio.locks.Lock"))


asyncio.run(main())
