import asyncio


async def child(n):
    await asyncio.sleep(0.01)
    return n + 1


async def main():
    me = asyncio.current_task()
    print(me.get_name(), isinstance(me, asyncio.Task), isinstance(me, asyncio.Future))
    c = child(1)
    t = asyncio.create_task(c, name="worker")
    print(t.get_name(), t.get_coro() is c, t.done(), t.cancelled())
    t.set_name("renamed")
    print(t.get_name())
    t.set_name(42)
    print(repr(t.get_name()))
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks(), t in asyncio.all_tasks())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    print(await t, t.done(), t.result(), t.exception())
    print(len(asyncio.all_tasks()))
    u = asyncio.create_task(child(5))
    print(u.get_name().startswith("Task-"))
    print(u.cancel(), u.cancelling(), u.cancel("again"), u.cancelling())
    print(u.uncancel(), u.uncancel(), u.uncancel())
    await asyncio.sleep(0.02)
    print(u.done(), u.cancelled(), u.result())
    print(u.cancel(), u.cancelling())
    print(asyncio.Task is type(u), type(u).__name__)


asyncio.run(main())
