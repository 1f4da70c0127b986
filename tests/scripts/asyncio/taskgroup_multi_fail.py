# Several children failing in one TaskGroup: the ExceptionGroup lists them in the order
# they failed; except* splits them by type; results of the successful children remain.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def ok(delay, v):
    await asyncio.sleep(delay)
    return v


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            good = tg.create_task(ok(0, "fine"))
            tg.create_task(fail_after(0.01, KeyError("k")))
            tg.create_task(fail_after(0.01, ValueError("v1")))
            tg.create_task(fail_after(0.01, ValueError("v2")))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys:", [repr(e) for e in eg.exceptions])
    print(good.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0, TypeError("t")))
    except ExceptionGroup as eg:
        print(eg)
    try:
        tg.create_task(ok(0, 1))
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
