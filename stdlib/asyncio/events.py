"""The event loop as scripts see it: `get_running_loop()`, `loop.call_soon/call_later/
call_at` with cancellable handles, `loop.time()`, `loop.create_future()`. The loop itself
(ready queue, timers, tasks) is native (`_asyncio`); this is its script-level face."""

from _asyncio import _call_soon, _call_at, _time, _get_loop, _set_loop, Future


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
        state = " cancelled" if self._cancelled else ""
        return f"<{type(self).__name__}{state}>"


class TimerHandle(Handle):
    """A callback scheduled with `call_later`/`call_at`."""

    def __init__(self, when, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class _UnixSelectorEventLoop:
    """The running loop (`asyncio.get_running_loop()`)."""

    def __init__(self):
        self._closed = False
        self._debug = False

    def time(self):
        return _time()

    def call_soon(self, callback, *args, context=None):
        h = Handle(callback, args, self)
        _call_soon(h._run)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(_time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        h = TimerHandle(when, callback, args, self)
        _call_at(when, h._run)
        return h

    def create_future(self):
        return Future()

    def create_task(self, coro, *, name=None, context=None):
        from _asyncio import create_task
        return create_task(coro, name=name)

    def is_running(self):
        return True

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def call_exception_handler(self, context):
        import sys
        print(context.get("message", "Unhandled exception in event loop"), file=sys.stderr)

    def __repr__(self):
        return f"<_UnixSelectorEventLoop running=True closed={self._closed} debug={self._debug}>"


def get_running_loop():
    """The loop running the current task; RuntimeError outside `asyncio.run`."""
    return _get_loop()


def get_event_loop():
    return _get_loop()


def _new_loop():
    return _UnixSelectorEventLoop()
