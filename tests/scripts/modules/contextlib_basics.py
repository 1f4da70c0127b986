# contextlib: contextmanager (setup/teardown, exceptions thrown in, suppression, misuse
# errors), suppress, nullcontext, closing.
from contextlib import contextmanager, suppress, nullcontext, closing

log = []


@contextmanager
def tag(name, swallow=False):
    log.append(f"<{name}>")
    try:
        yield name
    except ZeroDivisionError as e:
        log.append(f"{name} saw {e}")
        if not swallow:
            raise
    finally:
        log.append(f"</{name}>")


with tag("a") as a, tag("b") as b:
    log.append(a + b)
try:
    with tag("c"):
        1 / 0
except ZeroDivisionError:
    log.append("propagated")
with tag("d", swallow=True):
    1 / 0
print(log)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with nullcontext(5) as v:
    print(v)


class Thing:
    def close(self):
        print("closed")


with closing(Thing()) as t:
    print(type(t).__name__)
print(tag.__name__)
