# Exceptions raised in coroutines propagate through await.
import asyncio

async def failing(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def middle():
    try:
        await failing("from the bottom")
    finally:
        print("middle finally")

async def main():
    try:
        await middle()
    except ValueError as e:
        print("main caught:", e)
    t = asyncio.create_task(failing("from a task"))
    try:
        await t
    except ValueError as e:
        print("task error:", repr(e))
    try:
        await failing("direct")
    except Exception as e:
        print("generic handler:", e)
    print("main continues")
    return "ok"

print(asyncio.run(main()))
