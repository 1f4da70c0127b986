# contextlib.asynccontextmanager: setup and teardown around the body, exceptions thrown
# into the generator, suppression, and nesting with awaits in between.
import asyncio
from contextlib import asynccontextmanager

log = []


@asynccontextmanager
async def resource(name, suppress=False):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"{name} saw {e}")
        if not suppress:
            raise
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")


async def main():
    async with resource("a") as a, resource("b") as b:
        log.append(f"body {a} {b}")
    try:
        async with resource("c"):
            raise ValueError("boom")
    except ValueError:
        log.append("propagated")
    async with resource("d", suppress=True):
        raise ValueError("quiet")
    log.append("after suppressed")
    try:
        async with resource("e"):
            raise KeyError("k")
    except KeyError:
        log.append("key error passed through")
    for line in log:
        print(line)


asyncio.run(main())
