import asyncio


async def main():
    loop = asyncio.get_running_loop()

    # The result and the deadline land in the same loop iteration (same `when`, the result's
    # timer first): the timeout has already cancelled the task, so it wins.
    when = loop.time() + 0.02
    fut = loop.create_future()
    loop.call_at(when, fut.set_result, "value")
    try:
        async with asyncio.timeout_at(when):
            print("got", await fut)
    except TimeoutError:
        print("timeout won; future result was", fut.result())

    # The deadline first, then the result at the same `when`.
    when = loop.time() + 0.02
    fut = loop.create_future()
    try:
        async with asyncio.timeout_at(when):
            loop.call_at(when, fut.set_result, "value2")
            print("got", await fut)
    except TimeoutError:
        print("timeout first; future done:", fut.done(), fut.cancelled())

    # wait_for: the inner result arrives with the timeout; the result is returned.
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "in time")
    h = loop.call_later(0.02, print, "timer after wait_for's deadline ran")
    try:
        print("wait_for ->", await asyncio.wait_for(fut, 0.02))
    except TimeoutError:
        print("wait_for timed out")
    await asyncio.sleep(0.03)

    # A task that finishes on the very iteration the timeout cancels it.
    async def quick():
        await asyncio.sleep(0)
        return "quick"

    async with asyncio.timeout(0) as cm:
        pass
    print("empty block with timeout(0): expired", cm.expired())
    try:
        async with asyncio.timeout(0):
            print("inner returned", await quick())
    except TimeoutError:
        print("timeout(0) cancelled the await")
    t = asyncio.create_task(quick())
    try:
        print(await asyncio.wait_for(t, 0))
    except TimeoutError:
        print("wait_for(t, 0) timed out, task cancelled:", t.cancelled())
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))


asyncio.run(main())
