import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    if name == "bad":
        raise RuntimeError("bad job")
    return name


async def main():
    aws = [job("slow", 0.05), job("fast", 0.01), job("mid", 0.03)]
    for fut in asyncio.as_completed(aws):
        print("result", await fut)

    aws = [job("ok", 0.01), job("bad", 0.03), job("late", 0.3)]
    try:
        for fut in asyncio.as_completed(aws, timeout=0.06):
            try:
                print("result", await fut)
            except RuntimeError as e:
                print("error", e)
    except TimeoutError:
        print("as_completed timed out")
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
