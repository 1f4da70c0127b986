# Deeply nested and recursive await chains.
import asyncio

async def countdown(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await countdown(n - 1)

async def sum_to(n):
    if n == 0:
        return 0
    await asyncio.sleep(0)
    rest = await sum_to(n - 1)
    return n + rest

async def fail_at_bottom(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return await fail_at_bottom(n - 1)

async def main():
    print(await countdown(50))
    print(await sum_to(50))
    print(await countdown(100))
    try:
        await fail_at_bottom(50)
    except RuntimeError as e:
        print("caught", e)

asyncio.run(main())
