import json

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

nan = float("nan")
show(lambda: json.dumps(nan, allow_nan=False))
show(lambda: json.dumps(float("inf"), allow_nan=False))
show(lambda: json.dumps([1, float("-inf")], allow_nan=False))
show(lambda: json.dumps([nan], allow_nan=False, indent=1))
show(lambda: json.dumps({nan: 1}, allow_nan=False))
show(lambda: json.dumps({"a": [float("inf")]}, allow_nan=False, indent=2))
show(lambda: json.dumps({(1, 2): 1}))
show(lambda: json.dumps({(1, 2): 1}, indent=2))
show(lambda: json.dumps({"ok": 1, (1,): 2}))
show(lambda: json.dumps(b"bytes"))
show(lambda: json.dumps(Point(1, 2)))
show(lambda: json.dumps([1, 2, {"p": Point(1, 2)}]))
show(lambda: json.dumps(range(3)))
show(lambda: json.dumps(len))
show(lambda: json.dumps({"a": print}))
show(lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True))
show(lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True, indent=1))
show(lambda: json.dumps({"a": 1}, indent=1.5))
show(lambda: json.dumps({"a": 1}, separators=(1, 2)))
show(lambda: json.dumps({"a": 1}, separators=(",", 2)))
show(lambda: json.dumps({"a": 1}, separators=[":"]))
show(lambda: json.dumps({"a": 1}, separators=(",", ":", "x")))
show(lambda: json.dumps({"a": 1}, separators=5))
show(lambda: json.dumps({"a": 1}, foo=1))
show(lambda: json.dumps(1, 2))
show(lambda: json.dumps())
a = []
a.append(a)
show(lambda: json.dumps(a))
show(lambda: json.dumps(a, indent=1))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps([1, {"x": d}]))
show(lambda: json.dumps(a, check_circular=False))
