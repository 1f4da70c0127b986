import asyncio


async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"


async def consume(name, n, delay):
    async for v in ticker(name, n, delay):
        print("consumed", v)
    return name


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("echo caught", e)
                yield "recovered"
    finally:
        print("echo finally, received", received)
        await asyncio.sleep(0)
        print("echo finally after await")


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def leaky():
    yield 1
    raise StopAsyncIteration


async def failing():
    yield "before"
    raise KeyError("from agen")


async def main():
    print(await asyncio.gather(consume("a", 3, 0.04), consume("b", 2, 0.1)))
    e = echo()
    print(await e.__anext__())
    print(await e.asend("x"))
    print(await e.asend("y"))
    print(await e.athrow(ValueError("bad")))
    print(await e.asend("z"))
    print(await e.aclose())
    try:
        await e.asend("late")
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")

    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as err:
        print("RuntimeError", err)

    try:
        async for v in leaky():
            print("leaky", v)
    except RuntimeError as err:
        print("RuntimeError", err)

    try:
        async for v in failing():
            print("failing", v)
    except KeyError as err:
        print("KeyError", err)

    g = ticker("t", 1, 0)
    try:
        await g.asend(5)
    except TypeError as err:
        print("TypeError", err)
    op = g.__anext__()
    print(await op)
    try:
        await op
    except RuntimeError as err:
        print("RuntimeError", err)
    print(type(g).__name__, type(op).__name__)
    fresh = ticker("f", 3, 0)
    try:
        await fresh.athrow(IndexError("never started"))
    except IndexError as err:
        print("IndexError", err)
    print(await fresh.aclose())

    results = []
    async for v in ticker("c", 4, 0):
        if v == "c1":
            continue
        if v == "c3":
            break
        results.append(v)
    print(results)


asyncio.run(main())
