# Async generators: aclose() runs finally blocks (which may await), athrow() delivers an
# exception at the yield, asend() sends values; states after each step.
import asyncio


async def ticker(log):
    try:
        n = 0
        while True:
            got = yield n
            log.append(f"got {got}")
            n += 1
    except KeyError as e:
        log.append(f"caught {e!r}")
        yield "recovered"
    finally:
        log.append("finally")
        await asyncio.sleep(0)
        log.append("finally awaited")


async def main():
    log = []
    g = ticker(log)
    print(await g.asend(None), await g.asend("a"), await g.__anext__())
    print(await g.athrow(KeyError("k")))
    try:
        await g.asend("b")
    except StopAsyncIteration:
        print("stopped")
    print(log)
    log.clear()
    g2 = ticker(log)
    await g2.__anext__()
    await g2.aclose()
    print(log)
    await g2.aclose()
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
    g3 = ticker([])
    await g3.aclose()
    print("closing unstarted is fine")


asyncio.run(main())
