# golden: stderr
# A task that failed and whose exception nobody looked at is reported at shutdown, with
# its traceback; one whose exception was retrieved is not.
import asyncio


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def main():
    t1 = asyncio.create_task(fails(1))
    t2 = asyncio.create_task(fails(2))
    await asyncio.sleep(0.01)
    print(t1.done(), t2.done())
    print(type(t2.exception()).__name__)
    print("main done")


asyncio.run(main())
