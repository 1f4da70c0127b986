"""Combinators over tasks and futures: wait_for, wait, shield, as_completed. They follow
CPython 3.11's callback structure (a waiter future released by done callbacks and timer
handles), which is what decides the interleaving with other tasks."""

from _asyncio import Future, CancelledError, create_task, current_task
from asyncio.events import get_running_loop

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def _is_coroutine(obj):
    return type(obj).__name__ == "coroutine"


async def _wrap_awaitable(aw):
    return await aw


def ensure_future(coro_or_future, *, loop=None):
    """A future for `coro_or_future`: futures as they are, coroutines and awaitables as tasks."""
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if _is_coroutine(coro_or_future):
        return create_task(coro_or_future)
    if hasattr(type(coro_or_future), "__await__"):
        return create_task(_wrap_awaitable(coro_or_future))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _Releaser:
    # `functools.partial(_release_waiter, waiter)`: one object, so it can be removed again.
    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, *args):
        if not self.waiter.done():
            self.waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = Future()
    cb = _Releaser(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Waits for `fut` with a timeout: on expiry it is cancelled and TimeoutError raised."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = Future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _Releaser(waiter)
    fut = ensure_future(fut)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures in `fs`; returns the sets (done, pending)."""
    if isinstance(fs, Future) or _is_coroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    unique = []
    for f in fs:
        if _is_coroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
        if f not in unique:
            unique.append(f)
    loop = get_running_loop()
    waiter = Future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(unique)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in unique:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in unique:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in unique:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def shield(arg):
    """A future that follows `arg` but whose cancellation does not cancel `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = Future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables that give the results of `fs` in the order they finish."""
    if isinstance(fs, Future) or _is_coroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from asyncio.queues import Queue
    done = Queue()
    loop = get_running_loop()
    todo = []
    for f in fs:
        if f in todo:
            continue
        todo.append(f)
    todo = [ensure_future(f) for f in todo]
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()
