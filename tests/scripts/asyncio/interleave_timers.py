# Tasks wake up in deadline order; deadlines are at least 25 ms apart.
import asyncio

async def sleeper(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        print(name, "woke after", d)

async def main():
    # wake-up times (ms): a=50,100,150  b=125  c=25,75
    await asyncio.gather(
        sleeper("a", [0.05, 0.05, 0.05]),
        sleeper("b", [0.125]),
        sleeper("c", [0.025, 0.05]),
    )
    print("gather finished")

asyncio.run(main())
