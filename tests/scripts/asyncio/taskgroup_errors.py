import asyncio


async def worker(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def cancel_fails():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise KeyError("w failed on cancel")


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("a", 0.01))
        t2 = tg.create_task(worker("b", 0.03), name="bee")
    print("ok group:", t1.result(), t2.result(), t2.get_name())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("x", 0.05))
            tg.create_task(worker("y", 0.01, ValueError("y failed")))
            tg.create_task(cancel_fails())
            await asyncio.sleep(1)
            print("body not finished")
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("p", 0.05))
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print(eg.message, [repr(e) for e in eg.exceptions])

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("c1", 1))
            tg.create_task(asyncio.sleep(1))
        print("parent not finished")

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", p.cancelled())

    tg = asyncio.TaskGroup()
    c = worker("never", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()


asyncio.run(main())
