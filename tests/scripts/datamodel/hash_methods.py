class G:
    def __hash__(self): return 42
print(hash(G()))
class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e:
    print(e)
class E:
    def __eq__(self, o): return True
try:
    {E(): 1}
except TypeError as e:
    print(e)
class F(E):
    def __hash__(self): return 7
print(hash(F()), len({F(): 1}))
class Plain: pass
print(len({Plain(), Plain()}))
