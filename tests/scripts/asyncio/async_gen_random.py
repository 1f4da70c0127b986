# Async generators with async with and try/finally inside, consumed by async for (with break
# and exceptions), async comprehensions and asend/athrow/aclose, under random cancellation.
import asyncio
import random

rng = None
log = []

class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        if rng.randrange(3) == 0:
            await asyncio.sleep(0)
        log.append(f"enter {self.name}")
        return self.name
    async def __aexit__(self, et, e, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        if rng.randrange(3) == 0:
            await asyncio.sleep(0)
        return et is KeyError and rng.randrange(2) == 0

async def agen(name, n):
    try:
        async with Res(name):
            for i in range(n):
                if rng.randrange(3) == 0:
                    await asyncio.sleep(0)
                try:
                    got = yield f"{name}{i}"
                    if got is not None:
                        log.append(f"{name} got {got}")
                except KeyError as e:
                    log.append(f"{name} caught {e!r}")
                    if rng.randrange(2):
                        raise
    except GeneratorExit:
        log.append(f"{name} GeneratorExit")
        raise
    except asyncio.CancelledError:
        log.append(f"{name} CancelledError")
        raise
    finally:
        log.append(f"{name} finally")
        if rng.randrange(3) == 0:
            await asyncio.sleep(0)
            log.append(f"{name} finally after await")

async def consumer(name):
    k = rng.randrange(5)
    g = agen(name, rng.randrange(1, 5))
    try:
        if k == 0:
            async for v in g:
                log.append(f"{name} <- {v}")
                if rng.randrange(4) == 0:
                    break
        elif k == 1:
            xs = [v async for v in g if v[-1] != "1"]
            log.append(f"{name} comp {xs}")
        elif k == 2:
            v = await g.__anext__()
            log.append(f"{name} first {v}")
            try:
                v = await g.asend("hello")
                log.append(f"{name} second {v}")
                v = await g.athrow(KeyError(name))
                log.append(f"{name} after athrow {v}")
            except (StopAsyncIteration, KeyError) as e:
                log.append(f"{name} ended {type(e).__name__}")
            await g.aclose()
            log.append(f"{name} closed")
        elif k == 3:
            async for v in g:
                log.append(f"{name} <- {v}")
                if rng.randrange(3) == 0:
                    raise KeyError(name)
        else:
            async with Res(name + "!") as r:
                async for v in g:
                    log.append(f"{name} {r} <- {v}")
                    await asyncio.sleep(0)
        return name
    except KeyError as e:
        log.append(f"{name} KeyError {e}")
        return "k"

async def main():
    ts = [asyncio.create_task(consumer(f"c{i}")) for i in range(5)]
    for _ in range(12):
        await asyncio.sleep(0)
        if rng.randrange(5) == 0:
            ts[rng.randrange(5)].cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    for _ in range(5):
        await asyncio.sleep(0)
    for line in log:
        print(line)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])

for seed in range(1, 9):
    rng = random.Random(seed)
    log = []
    print("seed", seed)
    asyncio.run(main())
