# asyncio.Runner: tasks created on its loop persist between run() calls; task names keep
# counting; a closed runner refuses to run.
import asyncio

log = []


async def bg():
    for i in range(3):
        log.append(f"bg {i}")
        await asyncio.sleep(0)


async def step(n):
    await asyncio.sleep(0)
    log.append(f"step {n} in {asyncio.current_task().get_name()}")
    return n


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    t = loop.create_task(bg())
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    print(t.done())
print(log)
print(loop.is_closed())
