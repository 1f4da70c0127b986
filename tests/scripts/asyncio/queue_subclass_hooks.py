# Queue subclasses keep CPython's _init/_put/_get hooks; task_done/join and the
# unfinished-task count work the same on every kind of queue.
import asyncio


class Tagged(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []
        self.log = []

    def _put(self, item):
        self.log.append(("put", item))
        self._queue.append(item)

    def _get(self):
        item = self._queue.pop()
        self.log.append(("get", item))
        return item


async def worker(name, q, out):
    while True:
        item = await q.get()
        out.append(f"{name}:{item}")
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = Tagged(2)
    for i in range(2):
        q.put_nowait(i)
    print(q.full(), q.qsize(), q._unfinished_tasks)
    try:
        q.put_nowait(9)
    except asyncio.QueueFull:
        print("full")
    print(q.get_nowait(), q.get_nowait(), q.log)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")

    for kind in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue, Tagged):
        q = kind(3)
        out = []
        workers = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
        for item in [5, 1, 4, 2, 3, 0]:
            await q.put(item)
        await q.join()
        print(kind.__name__, out, q._unfinished_tasks, q.empty())
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        try:
            q.task_done()
        except ValueError as e:
            print("ValueError:", e)

    q = asyncio.Queue(2.5)               # a float maxsize
    for i in range(3):
        q.put_nowait(i)
    print(q.full(), q.qsize(), q.maxsize)
    print(str(asyncio.Queue()), str(q))


asyncio.run(main())
