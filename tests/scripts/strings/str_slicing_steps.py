# Slicing strings with steps, negative indices and out-of-range bounds.
s = "abcdefghij"
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-3:], s[:-3], s[-3:-1], s[-1:-3], s[-1:-3:-1], s[100:], s[:100])
print(s[-100:3], s[3:-100], s[::100], s[::-100], repr(s[5:5]), repr(s[7:3]))
print(s[None:None:-1], s[None:4], s[2:None], s[1:8:3], s[::-4])
print(s[0], s[-1], s[9], s[-10], s[len(s) - 1])
u = "héllo, 世界! 😀x"
print(len(u), u[1], u[7], u[8], u[11], u[-1], u[-2])
print(u[::-1], u[7:9], u[::3], u[-4:])
print([c for c in u[:5]], list("ab😀"))
for i in [10, -11, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True + 2])
