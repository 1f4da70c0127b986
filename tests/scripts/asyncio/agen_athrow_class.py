# athrow with an exception class, instance, and a class with its own __init__; an async
# generator that yields in its except clause after athrow.
import asyncio


class Custom(Exception):
    def __init__(self, *args):
        print("Custom.__init__", args)
        super().__init__(*args)


async def gen():
    while True:
        try:
            yield "value"
        except Exception as e:
            yield f"handled {type(e).__name__} {e.args}"


async def main():
    g = gen()
    print(await g.__anext__())
    print(await g.athrow(ValueError))
    print(await g.__anext__())
    print(await g.athrow(ValueError("inst")))
    print(await g.__anext__())
    print(await g.athrow(Custom))
    await g.aclose()


asyncio.run(main())
