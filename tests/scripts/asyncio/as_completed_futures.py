# as_completed over futures resolved by timers and a task; duplicates are yielded once.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_later(0.03, f1.set_result, "f1")
    loop.call_later(0.01, f2.set_result, "f2")

    async def t():
        await asyncio.sleep(0.02)
        return "task"

    task = asyncio.create_task(t())
    out = []
    for aw in asyncio.as_completed([f1, f2, task, f1]):
        out.append(await aw)
    print(out)


asyncio.run(main())
