# try/except/else/finally ordering in every combination of outcomes.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "return":
            return log + ["returned"]
        if action == "other":
            raise KeyError("k")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for action in ["nothing", "raise", "return"]:
    print(action, run(action))
try:
    run("other")
except KeyError as e:
    print("other escaped:", repr(e))

def else_raises():
    try:
        pass
    except ValueError:
        print("not reached")
    else:
        raise ValueError("from else is not caught by its own try")

try:
    else_raises()
except ValueError as e:
    print("caught outside:", e)

def handler_raises():
    try:
        raise TypeError("t")
    except TypeError:
        raise KeyError("from handler")
    finally:
        print("finally still runs")

try:
    handler_raises()
except KeyError as e:
    print("caught:", repr(e), "context:", repr(e.__context__))

def loop_else():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError as e:
            out.append("err" + str(e))
            continue
        else:
            out.append("ok" + str(i))
        finally:
            out.append("f" + str(i))
    return out

print(loop_else())
def nested_finally():
    try:
        try:
            raise IndexError("deep")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer except", e)
    finally:
        print("outer finally")
nested_finally()
