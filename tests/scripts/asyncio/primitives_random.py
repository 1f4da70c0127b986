# Workers doing random operations on a Lock, a Semaphore, a bounded Queue, an Event and a
# Condition, with random cancellations: the interleaving must match CPython's exactly.
import asyncio
import random

rng = None
log = []

async def worker(i, lock, sem, q, ev, cond):
    try:
        for step in range(6):
            op = rng.randrange(7)
            if op == 0:
                async with lock:
                    log.append(f"{i} lock {step}")
                    for _ in range(rng.randrange(3)):
                        await asyncio.sleep(0)
            elif op == 1:
                async with sem:
                    log.append(f"{i} sem {step}")
                    await asyncio.sleep(0)
            elif op == 2:
                try:
                    await q.put((i, step))
                except TimeoutError:
                    log.append(f"{i} put timeout")
                    continue
                log.append(f"{i} put {step}")
            elif op == 3:
                if not q.empty() or rng.randrange(2):
                    try:
                        v = await q.get()
                        log.append(f"{i} got {v}")
                    except TimeoutError:
                        log.append(f"{i} get timeout")
            elif op == 4:
                if rng.randrange(3) == 0:
                    ev.set()
                    log.append(f"{i} set")
                else:
                    try:
                        await ev.wait()
                        log.append(f"{i} ev ok")
                    except TimeoutError:
                        log.append(f"{i} ev timeout")
            elif op == 5:
                async with cond:
                    if rng.randrange(2):
                        cond.notify(rng.randrange(1, 3))
                        log.append(f"{i} notify")
                    else:
                        try:
                            await cond.wait()
                            log.append(f"{i} cond ok")
                        except TimeoutError:
                            log.append(f"{i} cond timeout")
            else:
                for _ in range(rng.randrange(4)):
                    await asyncio.sleep(0)
                log.append(f"{i} slept")
    except asyncio.CancelledError:
        log.append(f"{i} cancelled {asyncio.current_task().cancelling()}")
        raise

async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    q = asyncio.Queue(2)
    ev = asyncio.Event()
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(worker(i, lock, sem, q, ev, cond)) for i in range(8)]
    for _ in range(12):
        await asyncio.sleep(0)
        if rng.randrange(4) == 0:
            t = tasks[rng.randrange(len(tasks))]
            t.cancel()
    for _ in range(60):
        await asyncio.sleep(0)
    for t in tasks:
        if not t.done():
            t.cancel("end")
    res = await asyncio.gather(*tasks, return_exceptions=True)
    for line in log:
        print(line)
    print([type(r).__name__ for r in res])
    print(lock.locked(), sem._value, q.qsize(), ev.is_set())

for seed in range(1, 7):
    rng = random.Random(seed)
    log = []
    print("seed", seed)
    asyncio.run(main())
