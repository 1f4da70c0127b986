# Future done callbacks: run in registration order via the loop (not immediately), added
# after completion they are scheduled at once, removal counts duplicates.
import asyncio

log = []


def make(name):
    def cb(fut):
        if fut.cancelled():
            log.append(f"{name}: cancelled")
        elif fut.exception() is not None:
            log.append(f"{name}: exc {fut.exception()!r}")
        else:
            log.append(f"{name}: {fut.result()}")
    return cb


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    a, b = make("a"), make("b")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    print(f.remove_done_callback(a))
    f.add_done_callback(a)
    f.set_result(1)
    log.append("set_result returned")
    await asyncio.sleep(0)
    f.add_done_callback(make("late"))
    log.append("late added")
    await asyncio.sleep(0)
    g = loop.create_future()
    g.add_done_callback(make("g"))
    g.set_exception(ValueError("v"))
    h = loop.create_future()
    h.add_done_callback(make("h"))
    h.cancel()
    await asyncio.sleep(0)
    print(log)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)


asyncio.run(main())
