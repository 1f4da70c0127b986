# sleep(delay, result) returns result; sleep(0) yields exactly once; negative delays act
# as zero.
import asyncio

log = []


async def other():
    for i in range(3):
        log.append(f"other {i}")
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    log.append(await asyncio.sleep(0, "zero"))
    log.append(await asyncio.sleep(-1, "negative"))
    log.append(await asyncio.sleep(0.01, ["list"]))
    await t
    print(log)
    print(await asyncio.sleep(0))


asyncio.run(main())
