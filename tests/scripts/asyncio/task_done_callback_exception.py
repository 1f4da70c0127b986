# Done callbacks of a failed task see its exception (and retrieving it there means no
# "never retrieved" report); a callback on a cancelled task sees cancelled().
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise ZeroDivisionError("zero")


async def sleeps():
    await asyncio.sleep(1)


async def main():
    seen = []
    t = asyncio.create_task(fails())
    t.add_done_callback(lambda f: seen.append(repr(f.exception())))
    c = asyncio.create_task(sleeps())
    c.add_done_callback(lambda f: seen.append(f"cancelled={f.cancelled()}"))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0.01)
    print(seen)


asyncio.run(main())
