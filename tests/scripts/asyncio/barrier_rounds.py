# A Barrier used for several rounds: each round releases everyone once all parties have
# arrived, and the indices show arrival order within the round.
import asyncio

log = []


async def runner(b, name, delays):
    for rnd, d in enumerate(delays):
        await asyncio.sleep(d)
        idx = await b.wait()
        log.append(f"round {rnd}: {name} index {idx}")


async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(runner(b, "a", [0.01, 0.03]), runner(b, "b", [0.03, 0.01]),
                         runner(b, "c", [0.02, 0.02]))
    for line in log:
        print(line)
    print(b.n_waiting, b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)


asyncio.run(main())
