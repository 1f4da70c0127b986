# Future.set_exception with a class or instance, exception()/result() on each state,
# and the errors for misuse.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("result:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("exception:", e)
    f.set_exception(KeyError)
    print(repr(f.exception()))
    try:
        f.result()
    except KeyError as e:
        print("raised", repr(e))
    g = loop.create_future()
    try:
        g.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError", e)
    g.cancel("why")
    try:
        g.exception()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(g.cancel(), g.done(), g.cancelled())
    h = loop.create_future()
    h.set_result(None)
    print(h.exception(), h.result())


asyncio.run(main())
