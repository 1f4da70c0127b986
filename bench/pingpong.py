# Two tasks alternating via sleep(0): event-loop and task-switch overhead.
import asyncio

ROUNDS = 100000
state = [0]

async def player(name):
    for _ in range(ROUNDS):
        state[0] += 1
        await asyncio.sleep(0)
    return name

async def main():
    results = await asyncio.gather(player("ping"), player("pong"))
    print(results, state[0])

asyncio.run(main())
