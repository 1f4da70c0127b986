# Task trees awaiting tasks, futures, gather and shield, resolving and cancelling each other
# at random (with messages, swallowed cancellations, awaits in finally): every log line and
# cancel message must match CPython's.
import asyncio
import random

rng = None
log = []
tasks = []
futs = []

async def node(i, depth):
    try:
        for step in range(4):
            op = rng.randrange(8)
            if op == 0 and tasks:
                t = tasks[rng.randrange(len(tasks))]
                if t is not asyncio.current_task():
                    try:
                        r = await t
                        log.append(f"{i} awaited task -> {r}")
                    except asyncio.CancelledError as e:
                        log.append(f"{i} awaited task cancelled {e.args}")
                        if rng.randrange(2):
                            raise
                    except Exception as e:
                        log.append(f"{i} awaited task raised {e!r}")
            elif op == 1:
                f = asyncio.get_running_loop().create_future()
                futs.append(f)
                try:
                    r = await f
                    log.append(f"{i} future -> {r}")
                except asyncio.CancelledError as e:
                    log.append(f"{i} future cancelled {e.args}")
                    raise
            elif op == 2 and futs:
                f = futs[rng.randrange(len(futs))]
                if not f.done():
                    k = rng.randrange(3)
                    if k == 0:
                        f.set_result(step)
                    elif k == 1:
                        f.set_exception(ValueError(i))
                    else:
                        f.cancel(f"f{i}")
                    log.append(f"{i} resolved future {k}")
            elif op == 3 and depth < 2:
                kids = [asyncio.create_task(node(i * 10 + j, depth + 1)) for j in range(2)]
                tasks.extend(kids)
                try:
                    r = await asyncio.gather(*kids, return_exceptions=bool(rng.randrange(2)))
                    log.append(f"{i} gather -> {r!r}")
                except asyncio.CancelledError as e:
                    log.append(f"{i} gather cancelled {e.args}")
                    raise
                except Exception as e:
                    log.append(f"{i} gather raised {e!r}")
            elif op == 4 and tasks:
                t = tasks[rng.randrange(len(tasks))]
                r = t.cancel(f"by{i}")
                log.append(f"{i} cancel -> {r}")
            elif op == 5 and tasks:
                t = tasks[rng.randrange(len(tasks))]
                if t is not asyncio.current_task():
                    try:
                        r = await asyncio.shield(t)
                        log.append(f"{i} shield -> {r}")
                    except asyncio.CancelledError as e:
                        log.append(f"{i} shield cancelled {e.args}")
                        raise
                    except Exception as e:
                        log.append(f"{i} shield raised {e!r}")
            elif op == 6:
                if rng.randrange(4) == 0:
                    raise KeyError(i)
                for _ in range(rng.randrange(3)):
                    await asyncio.sleep(0)
            else:
                try:
                    await asyncio.sleep(0)
                finally:
                    if rng.randrange(3) == 0:
                        log.append(f"{i} finally awaiting")
                        await asyncio.sleep(0)
        return i
    except asyncio.CancelledError as e:
        log.append(f"{i} cancelled {e.args} {asyncio.current_task().cancelling()}")
        if rng.randrange(5) == 0:
            log.append(f"{i} swallowed")
            return -i
        raise

async def main():
    for i in range(5):
        tasks.append(asyncio.create_task(node(i, 0)))
    for _ in range(40):
        await asyncio.sleep(0)
        if rng.randrange(5) == 0 and tasks:
            tasks[rng.randrange(len(tasks))].cancel("main")
    for _ in range(6):
        for t in list(tasks):
            if not t.done():
                t.cancel("end")
        for f in futs:
            if not f.done():
                f.cancel("end")
        for _ in range(5):
            await asyncio.sleep(0)
    for line in log:
        print(line)
    out = []
    for t in tasks:
        if not t.done():
            out.append("pending")
        elif t.cancelled():
            out.append("C")
        elif t.exception() is not None:
            out.append(repr(t.exception()))
        else:
            out.append(t.result())
    print(out)

for seed in [1, 4, 5, 7, 10, 16, 21, 22, 30, 51]:
    rng = random.Random(seed)
    log = []
    tasks = []
    futs = []
    print("seed", seed)
    asyncio.run(main())
