"""Queue, LifoQueue and PriorityQueue: getters and putters wait on futures, woken first come
first served as in CPython."""

from _asyncio import _Deque, _QueueCore
from asyncio.locks import Event


_GenericAlias = type(list[int])


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""


class Queue:
    # The waiters and the count of unfinished tasks live in a native `_QueueCore`. A plain
    # Queue with an int maxsize keeps its items there too (`_fast`), and `put`/`get` are a
    # couple of native calls; a subclass keeps CPython's `_init`/`_put`/`_get` hooks.

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._finished = Event()
        self._finished.set()
        fast = type(self) is Queue and type(maxsize) is int
        self._core = _QueueCore(maxsize if fast else 0)
        self._fast = self._core if fast else None
        if not fast:
            self._init(maxsize)

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params)

    def _init(self, maxsize):
        self._queue = _Deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    @property
    def _unfinished_tasks(self):
        return self._core.unfinished()

    def _format(self):
        result = f"maxsize={self._maxsize!r}"
        items = self._core.items() if self._fast is not None else list(self._queue)
        if items:
            result += f" _queue={items!r}"
        if self._core.getters():
            result += f" _getters[{self._core.getters()}]"
        if self._core.putters():
            result += f" _putters[{self._core.putters()}]"
        if self._core.unfinished():
            result += f" tasks={self._core.unfinished()}"
        return result

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def qsize(self):
        if self._fast is not None:
            return self._fast.qsize()
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        if self._fast is not None:
            return self._fast.empty()
        return not self._queue

    def full(self):
        if self._fast is not None:
            return self._fast.full()
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        core = self._fast
        if core is not None:
            while True:
                done = core.try_put(item)   # 0 while full(), else put_nowait(item) done
                if done:
                    if done == 2:
                        self._finished.clear()
                    return None
                putter = core.add_putter()
                try:
                    await putter
                except BaseException:
                    putter.cancel()
                    core.remove_putter(putter)
                    if not core.full() and not putter.cancelled():
                        core.wake_putter()
                    raise
        core = self._core
        while self.full():
            putter = core.add_putter()
            try:
                await putter
            except BaseException:
                putter.cancel()
                core.remove_putter(putter)
                if not self.full() and not putter.cancelled():
                    core.wake_putter()
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        core = self._fast
        if core is not None:
            if core.put(item):
                self._finished.clear()
            return
        self._put(item)
        self._core.count_put()
        self._finished.clear()

    async def get(self):
        core = self._fast
        if core is not None:
            while core.empty():
                getter = core.add_getter()
                try:
                    await getter
                except BaseException:
                    getter.cancel()
                    core.remove_getter(getter)
                    if not core.empty() and not getter.cancelled():
                        core.wake_getter()
                    raise
            return core.get()
        core = self._core
        while self.empty():
            getter = core.add_getter()
            try:
                await getter
            except BaseException:
                getter.cancel()
                core.remove_getter(getter)
                if not self.empty() and not getter.cancelled():
                    core.wake_getter()
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        core = self._fast
        if core is not None:
            return core.get()
        item = self._get()
        self._core.wake_putter()
        return item

    def task_done(self):
        if self._core.task_done():
            self._finished.set()

    async def join(self):
        if self._core.unfinished() > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Retrieves entries in priority order (lowest first), with the binary heap algorithm
    of `heapq`, so equal priorities come out in the same order as in CPython."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heap = self._queue
        heap.append(item)
        _sift_down(heap, 0, len(heap) - 1)

    def _get(self):
        heap = self._queue
        last = heap.pop()
        if heap:
            top = heap[0]
            heap[0] = last
            _sift_up(heap, 0)
            return top
        return last


class LifoQueue(Queue):
    """Retrieves the most recently added entries first."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


def _sift_down(heap, start, pos):
    # Moves heap[pos] up towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_up(heap, pos):
    # Moves the smaller child up until a leaf is reached, then places heap[pos] there.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)
