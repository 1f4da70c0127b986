import asyncio


async def slow(name, delay, result):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return result
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancel, finishing anyway")
    return "stubborn result"


async def main():
    print(await asyncio.wait_for(slow("fast", 0.01, 1), timeout=0.1))
    try:
        await asyncio.wait_for(slow("slow", 0.2, 2), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow("none", 0.01, 3), None))
    try:
        await asyncio.wait_for(slow("zero", 0.01, 4), 0)
    except TimeoutError:
        print("zero timeout -> TimeoutError")
    print(await asyncio.wait_for(stubborn(), 0.02))
    t = asyncio.create_task(slow("task", 0.05, 5))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())

    async def outer():
        return await asyncio.wait_for(slow("inner", 1, 6), 1)

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled while in wait_for")

    async def failing():
        await asyncio.sleep(0.01)
        raise ValueError("boom")

    try:
        await asyncio.wait_for(failing(), 1)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
