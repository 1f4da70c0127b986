# Indexing gives ints, slicing gives bytes; iteration yields ints.
b = b"hello world"
print(b[0], b[-1], b[4], type(b[0]).__name__, b[0] == 104)
print(b[1:4], b[::-1], b[::2], b[-5:], b[:0], b[6:100], b[100:])
print(b[::-3], b[8:2:-2], b[-1:-4:-1], b[0:1] * 3, b[True])
print(list(b"abc"), [c for c in b"hi"], tuple(b"z"), sorted(b"cab"))
print(max(b"abc"), min(b"abc"), sum(b"abc"), list(enumerate(b"ab")))
print(list(zip(b"ab", "xy")), next(iter(b"ok")), chr(b"A"[0]), b"A"[0] + 1)
total = 0
for byte in b"\x01\x02\xff":
    total += byte
print(total)
for i in [11, -12, 100]:
    try:
        print(b[i])
    except IndexError as e:
        print(type(e).__name__)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del b[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    b["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[::0]
except ValueError as e:
    print(type(e).__name__, e)
