# A three-stage pipeline connected by bounded queues: items flow in order, each stage's
# log interleaves with the others, and a sentinel shuts it down.
import asyncio

log = []


async def source(out):
    for i in range(4):
        await out.put(i)
        log.append(f"src {i}")
    await out.put(None)


async def stage(name, inq, outq, f):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            log.append(f"{name} stop")
            return
        await asyncio.sleep(0)
        r = f(item)
        log.append(f"{name} {item}->{r}")
        await outq.put(r)


async def sink(inq, results):
    while (item := await inq.get()) is not None:
        results.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(1), asyncio.Queue(1), asyncio.Queue(1)
    results = []
    await asyncio.gather(source(q1), stage("sq", q1, q2, lambda x: x * x),
                         stage("inc", q2, q3, lambda x: x + 1), sink(q3, results))
    for line in log:
        print(line)
    print(results)


asyncio.run(main())
