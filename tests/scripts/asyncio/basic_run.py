# asyncio.run drives a coroutine to completion and returns its value.
import asyncio

async def hello():
    print("hello from coroutine")
    return 42

async def main():
    print("main start")
    value = await hello()
    print("hello returned", value)
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0.01)
    print("after sleep(0.01)")
    return "main result"

print("before run")
result = asyncio.run(main())
print("run returned", result)
print(asyncio.run(hello()))
