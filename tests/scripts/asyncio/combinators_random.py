# Nested TaskGroups, timeouts that expire at once or never, wait_for, shield and wait, over
# leaves that fail, cancel themselves or swallow cancellation, with random outside cancels.
import asyncio
import random

rng = None
log = []

async def leaf(name):
    try:
        for _ in range(rng.randrange(4)):
            await asyncio.sleep(0)
        k = rng.randrange(6)
        if k == 0:
            raise ValueError(name)
        if k == 1:
            asyncio.current_task().cancel(f"self-{name}")
            await asyncio.sleep(0)
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        if rng.randrange(4) == 0:
            log.append(f"{name} swallowed")
            return name + "!"
        raise
    finally:
        if rng.randrange(3) == 0:
            await asyncio.sleep(0)
            log.append(f"{name} finally")

async def combo(name, depth):
    op = rng.randrange(6 if depth < 2 else 1)
    out = None
    try:
        if op == 0:
            r = await leaf(name)
        elif op == 1:
            async with asyncio.TaskGroup() as tg:
                ts = [tg.create_task(combo(f"{name}.{j}", depth + 1)) for j in range(rng.randrange(1, 4))]
                if rng.randrange(3) == 0:
                    await asyncio.sleep(0)
                    raise KeyError(name)
            r = [t.result() for t in ts]
        elif op == 2:
            t = 0 if rng.randrange(2) else 10
            async with asyncio.timeout(t):
                r = await combo(name + "t", depth + 1)
        elif op == 3:
            r = await asyncio.wait_for(combo(name + "w", depth + 1), 0 if rng.randrange(2) else 10)
        elif op == 4:
            inner = asyncio.create_task(combo(name + "s", depth + 1))
            r = await asyncio.shield(inner)
        else:
            ts = [asyncio.create_task(combo(f"{name}:{j}", depth + 1)) for j in range(2)]
            done, pending = await asyncio.wait(ts, timeout=0 if rng.randrange(2) else None,
                                               return_when=rng.choice([asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION]))
            r = (len(done), len(pending))
            for p in pending:
                p.cancel()
        log.append(f"{name} op{op} -> {r!r}")
        out = r
    except* ValueError as eg:
        log.append(f"{name} op{op} ValueErrors {sorted(str(e) for e in eg.exceptions)}")
        out = "v"
    except* KeyError as eg:
        log.append(f"{name} op{op} KeyErrors {len(eg.exceptions)}")
        out = "k"
    except* TimeoutError:
        log.append(f"{name} op{op} timeout")
        out = "t"
    return out

async def main():
    tops = [asyncio.create_task(combo(f"n{i}", 0)) for i in range(4)]
    for _ in range(30):
        await asyncio.sleep(0)
        if rng.randrange(6) == 0:
            tops[rng.randrange(4)].cancel("main")
    res = await asyncio.gather(*tops, return_exceptions=True)
    for line in log:
        print(line)
    print([r if not isinstance(r, BaseException) else type(r).__name__ for r in res])

for seed in range(1, 9):
    rng = random.Random(seed)
    log = []
    print("seed", seed)
    asyncio.run(main())
