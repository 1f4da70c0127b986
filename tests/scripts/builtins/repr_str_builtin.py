# repr() and str() of builtin values, including nesting and quoting.
values = [0, -1.5, 1e100, True, None, "s", "it's", 'q"', "\n\t", [], (), {}, (1,),
          [1, [2, (3, {"k": None})]], {"a": [1.0, "x"]}, b"b'", -0.0, float("nan")]
for v in values:
    print(repr(v), str(v))
print(repr(repr("x")), str(str(5)), repr(str(5)), str(repr(5)))
print(repr(print), repr(len), str(abs))
print(repr(int), repr(str), repr(list), repr(type), repr(object), repr(ValueError))
print(repr(ValueError("bad")), str(ValueError("bad")), repr(KeyError("k")), str(KeyError("k")))
print(repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)))
print(repr(StopIteration()), repr(ZeroDivisionError("division by zero")))
print(str(TypeError("t")), repr(IndexError()), str(KeyError()), repr(NameError("n")))
print(repr(1 == 1), repr(1 < 0), str(not 0))
