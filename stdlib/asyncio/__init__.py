"""Baton's asyncio: the loop core (tasks, futures, timers, gather) is native Rust in the
`_asyncio` module; the coroutine-level API is written here in Baton itself."""

from _asyncio import run, create_task, gather, CancelledError, InvalidStateError, TimeoutError
from _asyncio import _sleep_future, _yield_now, current_task


async def sleep(delay, result=None):
    """Coroutine that completes after `delay` seconds, returning `result`."""
    if delay <= 0:
        await _yield_now()
        return result
    return await _sleep_future(delay, result)
