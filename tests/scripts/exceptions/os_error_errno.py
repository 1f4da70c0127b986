try:
    open("/nonexistent/x.txt")
except FileNotFoundError as e:
    print(e, "|", e.args, e.errno, e.strerror, e.filename)
try:
    open("/nonexistent/x.txt")
except OSError as e:
    print(type(e).__name__, repr(e))
e = OSError(2, "nf")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = OSError(13, "denied", "f.txt")
print(type(e).__name__, e, repr(e), e.filename, e.args)
print(OSError("plain"), OSError("plain").errno, repr(OSError()), FileNotFoundError(2, "x"), OSError(99, "other"))
print(IOError is OSError, EnvironmentError is OSError)
