# Errors inside async generators: an exception propagates through async for; raising
# StopAsyncIteration inside becomes RuntimeError; awaiting a finished coroutine again.
import asyncio


async def faulty():
    yield 1
    raise ValueError("inside generator")


async def stops():
    yield 1
    raise StopAsyncIteration


async def coro():
    return 1


async def main():
    try:
        async for x in faulty():
            print("got", x)
    except ValueError as e:
        print("ValueError", e)
    try:
        async for x in stops():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError", e)
    c = coro()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
