# asyncio.run can be called several times in one program.
import asyncio

async def step(n):
    await asyncio.sleep(0)
    print("step", n)
    return n + 1

def run_chain(start):
    return asyncio.run(step(start))

x = 0
for _ in range(3):
    x = run_chain(x)
print("x =", x)

async def main():
    results = await asyncio.gather(step(10), step(20))
    return results

print(asyncio.run(main()))
