# A round-robin of workers yielding with sleep(0): strictly alternating, with a worker
# that finishes early dropping out of the rotation.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name} done")


async def main():
    await asyncio.gather(worker("a", 4), worker("b", 2), worker("c", 3))
    print(" ".join(log))


asyncio.run(main())
