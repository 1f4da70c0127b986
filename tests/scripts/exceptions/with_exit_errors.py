# Errors raised in __enter__ or __exit__, and context managers in generators.
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")

try:
    with FailEnter():
        print("body must not run")
except RuntimeError as e:
    print("caught:", e)

class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise ValueError("exit failed while handling " + (et.__name__ if et else "nothing"))

try:
    with FailExit():
        print("body ran")
except ValueError as e:
    print("caught:", e, "| context:", repr(e.__context__))

try:
    with FailExit():
        raise KeyError("body error")
except ValueError as e:
    print("caught:", e, "| context:", repr(e.__context__))

class Logger:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else "-")
        return False

try:
    with Logger("1"), Logger("2"), FailEnter():
        print("not here")
except RuntimeError as e:
    print("caught:", e)

try:
    with Logger("outer"):
        with FailExit():
            pass
except ValueError as e:
    print("caught:", e)

