"""`asyncio.Runner` (new in 3.11): one event loop for several `run()` calls, closed (its
leftover tasks cancelled) by `close()` or at the end of a `with` block."""

from _asyncio import _all_tasks, _loop_enter, _loop_exit, _get_loop
from asyncio.events import new_event_loop


def _running():
    try:
        _get_loop()
        return True
    except RuntimeError:
        return False


async def _nothing():
    pass


class Runner:
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != "initialized":
            return
        loop = self._loop
        try:
            _loop_enter(loop)
            try:
                pending = list(_all_tasks())
                for t in pending:
                    t.cancel()
                gathered = None
                if pending:
                    from asyncio import gather
                    gathered = gather(*pending, return_exceptions=True)
            finally:
                _loop_exit()
            if gathered is not None:
                loop.run_until_complete(gathered)
                for t in pending:
                    if not t.cancelled() and t.exception() is not None:
                        loop.call_exception_handler({
                            "message": "unhandled exception during asyncio.run() shutdown",
                            "exception": t.exception(),
                            "task": t,
                        })
            # CPython runs shutdown_asyncgens() and shutdown_default_executor() as tasks.
            loop.run_until_complete(_nothing())
            loop.run_until_complete(_nothing())
        finally:
            loop.close()
            self._loop = None
            self._state = "closed"

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if type(coro).__name__ != "coroutine":
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _running():
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = "initialized"
