# Two tasks passing a ball through futures they create for each other.
import asyncio

log = []


async def player(name, inbox, partner, rounds):
    for _ in range(rounds):
        fut = await inbox.get()
        ball = await fut
        log.append(f"{name} hits {ball}")
        reply = asyncio.get_running_loop().create_future()
        await partner.put(reply)
        reply.set_result(ball + 1)


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    first = asyncio.get_running_loop().create_future()
    await a.put(first)
    first.set_result(0)
    await asyncio.gather(player("ping", a, b, 3), player("pong", b, a, 3))
    print(log)


asyncio.run(main())
