# The builtin exception hierarchy, checked through issubclass and except clauses.
pairs = [
    (Exception, BaseException),
    (ArithmeticError, Exception),
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (LookupError, Exception),
    (IndexError, LookupError),
    (KeyError, LookupError),
    (ValueError, Exception),
    (UnicodeError, ValueError),
    (TypeError, Exception),
    (NameError, Exception),
    (UnboundLocalError, NameError),
    (AttributeError, Exception),
    (RuntimeError, Exception),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (StopIteration, Exception),
    (AssertionError, Exception),
    (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException),
    (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception),
    (KeyError, IndexError),
    (OSError, Exception),
    (FileNotFoundError, OSError),
    (ImportError, Exception),
    (ModuleNotFoundError, ImportError),
]
for sub, base in pairs:
    print(f"{sub.__name__:>20} < {base.__name__:<16} {issubclass(sub, base)}")

def classify(thunk):
    try:
        thunk()
    except LookupError as e:
        return "LookupError branch: " + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError branch: " + type(e).__name__
    except Exception as e:
        return "Exception branch: " + type(e).__name__
    return "no error"

print(classify(lambda: [][1]))
print(classify(lambda: {}["k"]))
print(classify(lambda: 1 / 0))
print(classify(lambda: 2.0 ** 10000))
print(classify(lambda: int("x")))
print(classify(lambda: None.attr))
print(classify(lambda: 1))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), Exception))
