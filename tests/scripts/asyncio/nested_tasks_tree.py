# A tree of tasks spawning tasks; each level awaits its children; the log shows the
# breadth-first start order and depth-first completion.
import asyncio

log = []


async def node(path, depth):
    log.append(f"start {path}")
    if depth == 0:
        await asyncio.sleep(0)
        log.append(f"leaf {path}")
        return 1
    kids = [asyncio.create_task(node(path + str(i), depth - 1)) for i in range(2)]
    total = 0
    for k in kids:
        total += await k
    log.append(f"end {path} {total}")
    return total


async def main():
    print(await node("r", 3))
    for line in log:
        print(line)


asyncio.run(main())
