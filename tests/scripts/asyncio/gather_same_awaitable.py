# The same task passed to gather several times is awaited once and its result repeated;
# coroutines and futures mixed in one gather.
import asyncio

calls = []


async def work(n):
    calls.append(n)
    await asyncio.sleep(0)
    return n * 10


async def main():
    t = asyncio.create_task(work(1))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "fut")
    res = await asyncio.gather(t, work(2), t, fut, work(3), fut)
    print(res)
    print(calls)


asyncio.run(main())
