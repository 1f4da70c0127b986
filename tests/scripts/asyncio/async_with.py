import asyncio


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0.01)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        await asyncio.sleep(0)
        return self.swallow


class NoAexit:
    async def __aenter__(self):
        return 1


async def body(n):
    async with Resource("a") as a, Resource("b") as b:
        print("inside", a, b)
        if n == 1:
            return "early return"
    return "normal"


async def main():
    print(await body(0))
    print(await body(1))
    async with Resource("swallower", swallow=True):
        raise ValueError("hidden")
    print("after swallow")
    try:
        async with Resource("c"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            if i == 2:
                break
            print("loop body", i)
    try:
        async with NoAexit():
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
