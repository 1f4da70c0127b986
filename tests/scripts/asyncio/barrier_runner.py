# golden: stderr
# asyncio.Barrier (filling, draining, abort) and asyncio.Runner (several runs on one loop, leftover tasks cancelled at close).
import asyncio
async def worker(b, n, log):
    log.append(f"{n} arrive")
    i = await b.wait()
    log.append(f"{n} pass {i}")
    i = await b.wait()
    log.append(f"{n} pass2 {i}")
async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    await asyncio.gather(*(worker(b, n, log) for n in range(3)))
    print(log)
    b2 = asyncio.Barrier(2)
    async def lone():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print("broken", e)
    t = asyncio.create_task(lone())
    await asyncio.sleep(0)
    print(b2.n_waiting)
    await b2.abort()
    await t
    print(b2.broken)
    async with asyncio.Barrier(1) as idx:
        print("idx", idx)
asyncio.run(main())
async def hello(x):
    await asyncio.sleep(0)
    print("hello", x, asyncio.current_task().get_name())
    return x * 2
async def forever():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("forever cancelled")
        raise
with asyncio.Runner() as r:
    print(r.run(hello(1)))
    r.get_loop().create_task(forever())
    print(r.run(hello(2)))
print(asyncio.run(hello(3)))
try:
    asyncio.Runner().run(5)
except ValueError as e:
    print(e)
r = asyncio.Runner()
r.close()
try:
    r.run(hello(4))
except RuntimeError as e:
    print(e)
