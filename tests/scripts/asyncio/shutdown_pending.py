# At the end of asyncio.run the tasks still pending are cancelled (their finally blocks
# run, they may await); a task that fails during that shutdown is reported on stderr.
import asyncio


async def background(name):
    try:
        await asyncio.sleep(10)
    finally:
        print(f"{name} finally")
        await asyncio.sleep(0)
        print(f"{name} cleaned up")


async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")


async def main():
    asyncio.create_task(background("a"))
    asyncio.create_task(bad_cleanup())
    asyncio.create_task(background("b"))
    await asyncio.sleep(0)
    print("main returns")
    return "result"


print(asyncio.run(main()))
