import json
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: json.loads(b'"\xff"'))
show(lambda: json.loads(b'"\xc3"'))
show(lambda: json.loads(b'"\xc3("'))
show(lambda: json.loads(b'\xe2\x82'))
show(lambda: json.loads(b'[1]\x00'))
show(lambda: json.loads(b''))
show(lambda: json.loads(b'  '))
show(lambda: json.dumps([[[[1]]]], indent=1, separators=(",", ":")))
show(lambda: json.loads('[' * 5000 + ']' * 5000))
show(lambda: len(json.dumps(json.loads('[' * 500 + ']' * 500))))
