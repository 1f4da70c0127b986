print(b'%s-%d-%5.2f|%r|%c%c|%x|%-4b|' % (b'ab', 5, 3.14159, b'q', 65, b'z', 255, bytearray(b'y')))
print(bytearray(b'%s') % b'x', b'%(k)s' % {b'k': b'v'}, b"%05d|%+.1e|%%|%a" % (42, 1234.5, "é"), b"%s" % b"single")
for e in ['b"%s" % "str"', 'b"%d" % b"x"', 'b"%s %s" % (b"a",)', 'b"%c" % 300', 'b"%s" % (b"a", b"b")', 'b"%c" % "x"']:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
header = b"GET %s HTTP/1.%d\r\n" % (b"/index.html", 1)
print(header, len(header))
