class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class Sub(AppError): pass
try:
    raise Sub(7, "bad")
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e), repr(e))
for exc in [ValueError("v"), KeyError("k"), IndexError(), ZeroDivisionError("z"), OSError(2, "nf"), Exception("a", 1), StopIteration(5), SystemExit(3), KeyboardInterrupt(), NotImplementedError("n"), UnicodeDecodeError("utf-8", b"x", 0, 1, "bad") if False else TypeError("t")]:
    print(repr(exc), str(exc), exc.args, isinstance(exc, Exception), isinstance(exc, BaseException))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError), ArithmeticError.__mro__)
def f():
    try:
        return "try"
    finally:
        print("finally on return")
print(f())
for i in range(3):
    try:
        if i == 1: continue
        if i == 2: break
    finally:
        print("fin", i)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
try:
    raise (ValueError, TypeError)[1]("cls")
except (ValueError, TypeError) as e:
    print("tuple", type(e).__name__)
def nested():
    try:
        raise KeyError("a")
    except KeyError as e:
        return e
err = nested(); print(repr(err), err.args[0])
try:
    raise Exception
except Exception as e:
    print(repr(e), e.args)
e = ValueError("x"); e.note = 1; print(e.note)
try:
    int("z")
except ValueError as e:
    print(e, "|", e.args)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("vals", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
class WithStr(Exception):
    def __str__(self): return "custom str"
print(str(WithStr()), repr(WithStr("a")))
try:
    raise WithStr()
except Exception as e:
    print(f"{e}")
x = None
try:
    x.attr
except AttributeError as e:
    print(e)
try:
    [].nope
except AttributeError as e:
    print(e)
try:
    undefined
except NameError as e:
    print(e, e.name if hasattr(e, "name") else "")
def uses_local():
    print(loc)
    loc = 1
try:
    uses_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(BaseException.__subclasses__ if False else "", Exception.__name__, ValueError.__bases__)
e1 = ValueError("msg"); e1.add_note("note1") if hasattr(e1, "add_note") else None; print(getattr(e1, "__notes__", None))
try:
    raise ValueError("with tb")
except ValueError as e:
    print(e.with_traceback(None) is e)
