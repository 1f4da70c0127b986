import struct
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = struct.Struct("<i")
show(lambda: s.pack())
show(lambda: s.unpack())
show(lambda: s.unpack_from())
show(lambda: s.unpack_from(b"abcd", 0, 1))
show(lambda: struct.Struct())
show(lambda: struct.Struct("i", "i"))
show(lambda: struct.Struct(format="<h").size)
print(s.size, s.format, s.pack(-2), s.unpack(b"\xfe\xff\xff\xff"), s.unpack_from(b"\x00\x01\x00\x00\x00", 1))
print(list(s.iter_unpack(b"\x01\x00\x00\x00\x02\x00\x00\x00")))
show(lambda: s.iter_unpack(b"abc"))
show(lambda: s.pack_into(b"abcd", 0, 1))
show(lambda: s.pack(1, 2))
show(lambda: s.pack("x"))
