# Bare raise re-raises the exception being handled, even from nested calls.
def reraiser():
    try:
        int("x")
    except ValueError:
        print("logging, then re-raising")
        raise

try:
    reraiser()
except ValueError as e:
    print("outer got:", e)

def inner_handled():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            print("second handled")
        raise

try:
    inner_handled()
except Exception as e:
    print("re-raised:", type(e).__name__, e)

def helper():
    raise

try:
    try:
        raise IndexError("from helper")
    except IndexError:
        helper()
except IndexError as e:
    print("helper re-raised:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def modify_and_reraise():
    try:
        raise ValueError("original")
    except ValueError as e:
        e.args = ("modified",)
        raise

try:
    modify_and_reraise()
except ValueError as e:
    print("args now:", e.args)

def raise_caught_object():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err

try:
    raise_caught_object()
except ZeroDivisionError as e:
    print("raised saved object:", e)
for i in range(3):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                raise
            print("swallowed", i)
    except ValueError as e:
        print("escaped", e)
