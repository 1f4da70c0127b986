import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps(Point(1, 2), default=enc))
print(json.dumps([Point(1, 2), {"p": Point(3, Point(4, 5))}], default=enc))
print(json.dumps({"pts": [Point(0, 0)]}, default=enc, indent=2, sort_keys=True))
print(json.dumps([b"ab", range(3)], default=lambda o: list(o)))
print(json.dumps(b"raw", default=lambda o: "bytes!"))
calls = []
def tracking(o):
    calls.append(type(o).__name__)
    return str(type(o).__name__)
print(json.dumps([Point(1, 1), b"x", Point(2, 2)], default=tracking), calls)
try:
    json.dumps([1, range(2)], default=enc)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(Point(1, 2), default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(Point(1, 2), default=42)
except TypeError as e:
    print("TypeError", e)
print(json.dumps(1, default=42))
def nested_default(o):
    return json.loads(json.dumps({"inner": [o.x, o.y]}))
print(json.dumps([Point(7, 8)], default=nested_default))

def hook(d):
    if "x" in d and "y" in d:
        return Point(d["x"], d["y"])
    return d
p = json.loads('{"x": 1, "y": 2}', object_hook=hook)
print(type(p).__name__, p.x, p.y)
objs = json.loads('[{"x": 1, "y": 2}, {"a": {"x": 3, "y": 4}}]', object_hook=hook)
print(type(objs[0]).__name__, type(objs[1]["a"]).__name__, objs[1]["a"].y)
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"a": 1}', object_pairs_hook=lambda p: ("pairs", p), object_hook=lambda d: "hook"))
order = []
def record(d):
    order.append(sorted(d.keys()))
    return d
json.loads('{"outer": {"mid": {"inner": 1}}, "z": {}}', object_hook=record)
print(order)
print(json.loads('[1, 2.5, 3e2, -4]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[1, 2.5, 10000000000000000000000]', parse_int=float))
print(json.loads('{"v": 1.25}', parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "<" + s + ">"))
def no_constants(s):
    raise ValueError("bad constant " + s)
try:
    json.loads('[1, NaN]', parse_constant=no_constants)
except ValueError as e:
    print("ValueError", e)
try:
    json.loads('{"a": 1}', object_hook=lambda d: d["missing"])
except KeyError as e:
    print("KeyError", e)
print(json.loads('"just a string"', object_hook=lambda d: 1))
print(json.loads("[]", object_hook=lambda d: 1), json.loads("{}", object_hook=lambda d: "empty"))
