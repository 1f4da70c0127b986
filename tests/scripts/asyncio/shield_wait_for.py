# wait_for around a shielded task: the timeout cancels only the shield; the inner task
# finishes later and its result can still be awaited.
import asyncio

log = []


async def slow():
    await asyncio.sleep(0.03)
    log.append("slow finished")
    return "slow result"


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        log.append(f"timeout, task done={t.done()}")
    log.append(await t)
    print(log)


asyncio.run(main())
