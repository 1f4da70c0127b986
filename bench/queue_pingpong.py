# Ping-pong of 1,000,000 messages through two asyncio.Queue objects between two tasks:
# futures, waiter wake-ups and task switches.
import asyncio

N = 500_000


async def ping(inbox, outbox):
    for i in range(N):
        await outbox.put(i)
        await inbox.get()


async def pong(inbox, outbox):
    total = 0
    for _ in range(N):
        total += await inbox.get()
        await outbox.put(None)
    return total


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    _, total = await asyncio.gather(ping(b, a), pong(a, b))
    print(total)


asyncio.run(main())
