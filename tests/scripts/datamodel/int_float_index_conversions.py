class N:
    def __init__(self, v): self.v = v
    def __int__(self): return 42
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class Bad:
    def __int__(self): return "x"
print(int(N(1)), float(N(1)), int(I()), float(I()), hex(I()), oct(I()), bin(I()))
for e in ["int(object())", "float(object())", "hex(object())", "int(Bad())"]:
    try:
        eval(e)
    except TypeError as ex:
        print(ex)
