# golden: stderr
# asyncio.run misuse: nested run (the coroutine passed is then never awaited), a
# non-coroutine argument, and an exception from the main coroutine.
import asyncio


async def inner():
    return 1


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError", e)
    return "ok"


print(asyncio.run(main()))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)


async def boom():
    await asyncio.sleep(0)
    raise LookupError("nope")


try:
    asyncio.run(boom())
except LookupError as e:
    print("LookupError", e)
