# current_task() inside tasks and callbacks, task names (default, given, set_name), and
# all_tasks() contents while tasks are pending.
import asyncio


async def named():
    t = asyncio.current_task()
    print("inside", t.get_name())
    t.set_name("renamed")
    await asyncio.sleep(0.01)


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me is asyncio.current_task())
    a = asyncio.create_task(named(), name="custom")
    b = asyncio.create_task(named())
    c = asyncio.create_task(named(), name=None)
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(a, b, c)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(asyncio.current_task()))
    print(await fut)
    d = asyncio.create_task(named(), name=42)
    print(repr(d.get_name()))
    await d


asyncio.run(main())
