"""The event loop as scripts see it: `get_running_loop()`, `loop.call_soon/call_later/
call_at` with cancellable handles, `loop.time()`, `loop.create_future()`. The loop itself
(ready queue, timers, tasks) is native (`_asyncio`); this is its script-level face."""

from _asyncio import _call_soon, _call_at, _time, _get_loop, _set_loop, Future, create_task
from _asyncio import _loop_run_until_complete, _loop_enter, _loop_exit, _loop_is_running
from _asyncio import _loop_close, _loop_set_debug, _debug_default


def _format_callback(cb):
    # `format_helpers._format_callback_source`: `f() at file.py:3`.
    func = getattr(cb, "__func__", cb)
    code = getattr(func, "__code__", None)
    name = getattr(func, "__qualname__", None) or repr(cb)
    if code is None:
        return f"{name}()"
    return f"{name}() at {code.co_filename}:{code.co_firstlineno}"


class Handle:
    """A callback scheduled with `call_soon`: `cancel()` stops it from running."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        if not self._cancelled:
            self._callback(*self._args)

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return "<" + " ".join(info) + ">"


class TimerHandle(Handle):
    """A callback scheduled with `call_later`/`call_at`."""

    def __init__(self, when, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class _UnixSelectorEventLoop:
    """An event loop: the running one (`asyncio.get_running_loop()`), or one made by
    `new_event_loop()` and driven by `run_until_complete`. Calls on a loop that is not running
    act on its parked state (`_loop_enter`/`_loop_exit`)."""

    def __init__(self):
        self._closed = False
        self._debug = _debug_default()
        self.slow_callback_duration = 0.1

    def time(self):
        _loop_enter(self)
        try:
            return _time()
        finally:
            _loop_exit()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self)
        _loop_enter(self)
        try:
            _call_soon(h._run)
        finally:
            _loop_exit()
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self)
        _loop_enter(self)
        try:
            _call_at(when, h._run)
        finally:
            _loop_exit()
        return h

    def create_future(self):
        return Future()

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        _loop_enter(self)
        try:
            return create_task(coro, name=name)
        finally:
            _loop_exit()

    def run_until_complete(self, future):
        """Runs the loop until `future` (a coroutine is wrapped in a task) is done."""
        self._check_closed()
        if not isinstance(future, Future) and type(future).__name__ != "coroutine":
            if not hasattr(type(future), "__await__"):
                raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
            future = _await_it(future)
        return _loop_run_until_complete(self, future)

    def is_running(self):
        return _loop_is_running(self)

    def is_closed(self):
        return self._closed

    def close(self):
        if _loop_is_running(self):
            raise RuntimeError("Cannot close a running event loop")
        if not self._closed:
            self._closed = True
            _loop_close(self)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)
        _loop_set_debug(self, self._debug)

    def call_exception_handler(self, context):
        import sys
        print(context.get("message", "Unhandled exception in event loop"), file=sys.stderr)

    def __repr__(self):
        running = _loop_is_running(self)
        return f"<_UnixSelectorEventLoop running={running} closed={self._closed} debug={self._debug}>"


async def _await_it(aw):
    return await aw


_default_loop = None


def get_running_loop():
    """The loop running the current task; RuntimeError outside `asyncio.run`."""
    return _get_loop()


def get_event_loop():
    """The running loop; outside one, the current loop (made on first use)."""
    global _default_loop
    try:
        return _get_loop()
    except RuntimeError:
        pass
    if _default_loop is None:
        _default_loop = _UnixSelectorEventLoop()
    return _default_loop


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def new_event_loop():
    return _UnixSelectorEventLoop()


def _new_loop():
    return _UnixSelectorEventLoop()
