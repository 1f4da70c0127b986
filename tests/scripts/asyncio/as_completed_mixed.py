# as_completed yields results in completion order; failures come out where they happen;
# a timeout stops the iteration with TimeoutError.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    return name


async def main():
    aws = [job("c", 0.03), job("a", 0.01), job("bad", 0.02, True), job("d", 0.04)]
    for fut in asyncio.as_completed(aws):
        try:
            print("got", await fut)
        except KeyError as e:
            print("failed", e)
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.01), ("y", 0.2)]]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.05):
            print("got", await fut)
    except TimeoutError:
        print("timeout")
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(tasks[1].cancelled())


asyncio.run(main())
