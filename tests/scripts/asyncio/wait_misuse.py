# asyncio.wait refuses bare coroutines and a single future; duplicates count once.
import asyncio


async def job(x):
    await asyncio.sleep(0)
    return x


async def main():
    c = job(1)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError", e)
    t = asyncio.create_task(c)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError", e)
    done, pending = await asyncio.wait([t, t, t])
    print(len(done), len(pending), [d.result() for d in done])


asyncio.run(main())
