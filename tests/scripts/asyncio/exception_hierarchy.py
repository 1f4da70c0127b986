# asyncio's exception classes: CancelledError is a BaseException (except Exception does
# not catch it), asyncio.TimeoutError is TimeoutError, InvalidStateError, QueueEmpty/Full.
import asyncio


async def victim():
    try:
        await asyncio.sleep(1)
    except Exception:
        return "caught as Exception (wrong)"
    except BaseException as e:
        return f"caught as BaseException: {type(e).__name__}"


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print(asyncio.TimeoutError is TimeoutError)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    print(issubclass(asyncio.InvalidStateError, Exception))
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print(asyncio.CancelledError.__module__, asyncio.CancelledError.__name__)


asyncio.run(main())
