import asyncio


async def work(n):
    await asyncio.sleep(0.01)
    print("work", n)
    return n * 2


async def bg():
    for i in range(3):
        print("bg", i)
        await asyncio.sleep(0.03)


async def fails():
    await asyncio.sleep(0)
    raise ValueError("from run_until_complete")


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
t = loop.create_task(bg())
print(loop.run_until_complete(work(1)))
print(t.done())
print(loop.run_until_complete(work(2)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from call_soon")
print(loop.run_until_complete(fut))
try:
    loop.run_until_complete(fails())
except ValueError as e:
    print("ValueError", e)


async def nested():
    print("running inside:", loop.is_running(), asyncio.get_running_loop() is loop)
    try:
        loop.run_until_complete(work(0))
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError", e)


coro = work(0)
loop.run_until_complete(nested())
loop.run_until_complete(t)
print("bg done:", t.done())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError", e)
coro.close()
loop2 = asyncio.get_event_loop()
print(loop2 is asyncio.get_event_loop())
print(loop2.run_until_complete(work(3)))
asyncio.set_event_loop(asyncio.new_event_loop())
print(asyncio.get_event_loop() is not loop2)
print(asyncio.get_event_loop().run_until_complete(work(4)))
print(asyncio.run(work(5)))
