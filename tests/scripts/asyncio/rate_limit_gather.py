# A semaphore limiting concurrency to 2 under gather: results come back in argument order
# while the start/finish log shows at most two running.
import asyncio

log = []
running = [0]


async def fetch(sem, n):
    async with sem:
        running[0] += 1
        log.append(f"start {n} (running {running[0]})")
        await asyncio.sleep([0.04, 0.01, 0.06, 0.02, 0.03, 0.01][n])
        running[0] -= 1
        log.append(f"end {n}")
        return n * n


async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(fetch(sem, n) for n in range(6))))
    for line in log:
        print(line)


asyncio.run(main())
