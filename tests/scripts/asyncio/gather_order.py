# gather returns results in argument order, not completion order.
import asyncio

async def delayed(value, delay):
    print("start", value)
    await asyncio.sleep(delay)
    print("end", value)
    return value * 10

async def main():
    results = await asyncio.gather(delayed(1, 0.06), delayed(2, 0.02), delayed(3, 0.04))
    print(results)
    results = await asyncio.gather(delayed(4, 0), delayed(5, 0))
    print(results)
    print(await asyncio.gather())

asyncio.run(main())
