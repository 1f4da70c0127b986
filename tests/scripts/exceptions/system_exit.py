# SystemExit is a BaseException: not caught by except Exception; finally still runs; exit code 3.
import sys

def work():
    try:
        print("working")
        sys.exit(3)
    except Exception:
        print("not caught by except Exception")
    finally:
        print("finally runs during exit")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.args)
try:
    raise SystemExit("message")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e)
work()
print("unreachable")
