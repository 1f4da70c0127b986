# raise with classes, instances, and invalid objects; exceptions as ordinary values.
def attempt(thunk):
    try:
        thunk()
    except BaseException as e:
        print(type(e).__name__, "|", e, "|", e.args)

def raise_it(x):
    raise x

attempt(lambda: raise_it(ValueError))
attempt(lambda: raise_it(ValueError("instance")))
attempt(lambda: raise_it(KeyError("key")))
attempt(lambda: raise_it(5))
attempt(lambda: raise_it("string"))
attempt(lambda: raise_it(int))
attempt(lambda: raise_it(None))
attempt(lambda: raise_it(StopIteration(3)))
attempt(lambda: raise_it(SystemExit(2)))
attempt(lambda: raise_it(KeyboardInterrupt()))
errors = [ValueError("a"), TypeError("b"), KeyError("c")]
print([type(e).__name__ for e in errors], [str(e) for e in errors])
print(ValueError("x") == ValueError("x"), isinstance(errors[2], LookupError))
def factory(kind):
    return {"v": ValueError, "t": TypeError}[kind]("made by factory")
attempt(lambda: raise_it(factory("t")))
print(StopIteration(7).args, StopIteration().args, SystemExit(3).args)
ke = KeyError("quote'd")
print(str(ke), repr(ke))
print(str(KeyError()), repr(IndexError()), str(Exception(None)), repr(Exception(None)))
print(repr(ValueError(1, "two", [3])))
try:
    raise NotImplementedError
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", repr(e))
