# A loop made by new_event_loop keeps its timers and tasks between run_until_complete
# calls; run_until_complete of a gather; the loop's time moves forward.
import asyncio

log = []
loop = asyncio.new_event_loop()
loop.call_later(0.1, log.append, "timer 100ms")
loop.call_later(0.005, log.append, "timer 5ms")


async def step(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name


print(loop.run_until_complete(step("first", 0.01)))
print(log)
t0 = loop.time()
print(loop.run_until_complete(step("second", 0.15)))
print(log, loop.time() > t0)


async def both():
    return await asyncio.gather(step("g1", 0.01), step("g2", 0))


print(loop.run_until_complete(both()))
loop.close()
print(loop.is_closed())
