# TypeError messages of operators: ** names pow(), augmented assignments name their operator.
class A:
    pass
for src in ["2 ** 'a'", "pow(2, 'a')", "x = 2\nx **= 'a'", "x = 2\nx += 'a'", "x = [1]\nx -= 1",
            "x = 'a'\nx += 1", "A() ** 2", "x = A()\nx += 1", "x = {1}\nx |= [2]", "x = 5\nx @= 2",
            "x = (1,)\nx += [2]", "x = 1.5\nx //= 'a'", "x = b'a'\nx += 'b'"]:
    try:
        exec(src)
    except TypeError as e:
        print(e)
