"""Baton's asyncio: the loop core (tasks, futures, timers, gather) is native Rust in the
`_asyncio` module; the coroutine-level API is written here in Baton itself."""

from _asyncio import create_task, CancelledError, InvalidStateError, TimeoutError
from _asyncio import _sleep_future, _yield_now, current_task, Future, Task
from _asyncio import _all_tasks
from _asyncio import run as _run
from _asyncio import gather as _gather
from asyncio.events import get_running_loop, get_event_loop, Handle, TimerHandle
from asyncio.events import new_event_loop, set_event_loop, _new_loop


def run(main, *, debug=None):
    """Runs the coroutine `main` in a new event loop and returns its result."""
    loop = _new_loop()
    if debug is not None:
        loop.set_debug(debug)
    try:
        return _run(main, loop)
    finally:
        loop._closed = True


async def sleep(delay, result=None):
    """Coroutine that completes after `delay` seconds, returning `result`."""
    if delay <= 0:
        await _yield_now()
        return result
    return await _sleep_future(delay, result)


def all_tasks(loop=None):
    """The tasks of the running loop that are not done yet."""
    return set(_all_tasks())


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def isfuture(obj):
    return isinstance(obj, Future)


def gather(*aws, return_exceptions=False):
    """Runs the awaitables concurrently; a future of the list of their results. (The native
    `_gather` turns each awaitable that is neither a future nor a coroutine into one with
    `ensure_future`, in argument order.)"""
    return _gather(*aws, return_exceptions=return_exceptions, _ensure=ensure_future)


from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
from asyncio.queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from asyncio.tasks import wait_for, wait, shield, as_completed, ensure_future
from asyncio.tasks import FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
from asyncio.timeouts import timeout, timeout_at, Timeout
from asyncio.taskgroups import TaskGroup
from asyncio.barriers import Barrier, BrokenBarrierError
from asyncio.runners import Runner


async def to_thread(func, *args, **kwargs):
    """Baton has no threads: running `func` in one is not supported."""
    raise NotImplementedError("asyncio.to_thread() is not supported: Baton has no threads")
