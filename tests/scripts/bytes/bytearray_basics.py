ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], ba[::-1])
ba.append(33)
ba.extend(b" world")
ba.extend([65, 66])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.insert(100, 46)
ba.insert(-1, 44)
print(ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
ba[0] = 104
ba[1:3] = b"EY"
ba[-1:] = [33, 33]
print(ba)
del ba[0]
del ba[::2]
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(c))
x = bytearray(b"ab")
y = x
x += b"cd"
print(x, y, x is y)
x *= 2
print(y)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") * 2)
print(bytearray(3), bytearray([1, 2, 255]), bytearray("héllo", "utf-8"), bytearray())
print(bytes(bytearray(b"xyz")), bytearray(b"q").decode(), "é".encode())
print(type(bytearray()).__name__, isinstance(bytearray(), bytearray), isinstance(b"", bytearray))
print(list(bytearray(b"hi")), 104 in bytearray(b"hi"), b"i" in bytearray(b"hi"))
print(bytearray(b"  pad  ").strip(), bytearray(b"a,b,c").split(b","), bytearray(b"AbC").upper())
print(repr(bytearray(b"it's")), str(bytearray(b'"q"')), f"{bytearray(b'x')}")
print(bytearray(b"hello").find(b"l"), bytearray(b"hello").count(b"l"), bytearray(b"abc").hex())
print(bytearray.fromhex("de ad"), bytes.fromhex("4142"), bool(bytearray()), bool(bytearray(b"\0")))
for e in ["bytearray(b'a').append(256)", "bytearray(b'a').append('x')", "bytearray().pop()",
          "bytearray(b'a').remove(9)", "hash(bytearray())", "bytearray(b'a')[5]",
          "bytearray(-1)", "bytearray('abc')", "bytearray(b'a').extend(5)",
          "bytearray(b'a') + 'x'", "bytearray(b'abc').index(b'z')"]:
    try:
        eval(e)
    except Exception as ex:
        print(type(ex).__name__, ex)
def setitem(b, k, v):
    try:
        b[k] = v
    except Exception as ex:
        print(type(ex).__name__, ex)
z = bytearray(b"abcd")
setitem(z, 0, 300)
setitem(z, 0, "a")
setitem(z, 9, 1)
setitem(z, slice(0, 4, 2), b"xyz")
setitem(z, slice(0, 1), 5)
print(z)
