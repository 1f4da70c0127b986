import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("entered", cm.expired(), cm.when() is not None)
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__, cm.expired())

    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired())

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        finally:
            print("finally inside timeout block")
    print("unreachable?")


async def guarded():
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout fired")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("not reached either")
    except TimeoutError:
        print("deadline in the past")
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("cancel seen inside, swallowed")
            print("still inside")
    except TimeoutError:
        print("not raised when swallowed")
    print("after swallowed timeout")
    t = asyncio.timeout(1)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.wait_for(asyncio.sleep(1), 0.5)
    except TimeoutError:
        print("outer timeout beat wait_for")


asyncio.run(guarded())
