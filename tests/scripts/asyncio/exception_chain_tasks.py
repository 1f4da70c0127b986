# Exceptions crossing task boundaries keep their type, args, __cause__ and __context__.
import asyncio


class AppError(Exception):
    pass


async def low():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def mid():
    try:
        await low()
    except KeyError as e:
        raise AppError("wrapped") from e


async def top():
    try:
        await asyncio.create_task(mid())
    except AppError as e:
        try:
            raise RuntimeError("while handling")
        except RuntimeError as r:
            return e, r


async def main():
    e, r = await top()
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(repr(r), repr(r.__context__))
    t = asyncio.create_task(low())
    await asyncio.sleep(0.01)
    print(repr(t.exception()))


asyncio.run(main())
