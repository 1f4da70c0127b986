# golden: stderr
# A coroutine dropped before it ever ran warns on stderr, once per place.
import asyncio


async def job(n):
    print("job", n)


async def other():
    print("other")


def make_and_drop():
    c = job(99)
    print("made", type(c).__name__)


async def main():
    job(1)
    print("after job(1)")
    for i in range(3):
        job(i)
    print("loop done")
    x = other()
    del x
    make_and_drop()
    c = job(5)
    c.close()
    print("closed one: no warning")
    await job(6)
    t = asyncio.create_task(other())
    await t


asyncio.run(main())
job(7)
print("end")
