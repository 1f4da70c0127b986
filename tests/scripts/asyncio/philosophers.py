# Dining philosophers with ordered lock acquisition: no deadlock, and the meal order is
# decided by lock FIFO wake-ups.
import asyncio


async def philosopher(i, forks, meals, log):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    first, second = (left, right) if i % 2 == 0 else (right, left)
    for m in range(meals):
        async with first:
            await asyncio.sleep(0)
            async with second:
                log.append(f"p{i} eats {m}")
                await asyncio.sleep(0)


async def main():
    forks = [asyncio.Lock() for _ in range(5)]
    log = []
    await asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(5)))
    for line in log:
        print(line)
    print(any(f.locked() for f in forks))


asyncio.run(main())
