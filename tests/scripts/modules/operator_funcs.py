# operator: the function forms of the operators
import operator
from operator import add, sub, mul, truediv, floordiv, mod, neg, eq, ne, lt, le, gt, ge

print(add(2, 3), sub(2, 3), mul(4, 2.5), truediv(7, 2), floordiv(-7, 2), mod(-7, 3))
print(add("ab", "cd"), add([1], [2]), mul("ab", 3), neg(5), neg(-2.5))
print(eq(1, 1.0), ne(1, 2), lt(1, 2), le(2, 2), gt("b", "a"), ge([1], [1, 0]))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth(7))
print(operator.is_(None, None), operator.is_not(1, None), operator.abs(-3))
print(operator.pow(2, 10), operator.lshift(1, 5), operator.rshift(256, 3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.inv(5),
      operator.invert(0), operator.pos(-1), operator.index(7))
print(operator.getitem([1, 2, 3], 1), operator.getitem({"k": "v"}, "k"),
      operator.getitem("hello", -1))
print(operator.contains([1, 2], 2), operator.contains("abc", "z"), operator.contains({1: 2}, 1))
print(operator.concat([1], [2]), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
x = [1]
y = operator.iadd(x, (2, 3))
print(x, y, y is x)
t = (1,)
u = operator.iadd(t, (2,))
print(t, u, operator.isub(5, 2), operator.imul([0], 3), operator.ior(1, 6))


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return V(self.v + other.v)

    def __iadd__(self, other):
        self.v += other.v * 100
        return self

    def __lt__(self, other):
        return self.v < other.v

    def __neg__(self):
        return V(-self.v)


print(add(V(1), V(2)).v, operator.iadd(V(1), V(2)).v, lt(V(1), V(2)), neg(V(3)).v)
print(sorted(map(neg, [3, -1, 2])), list(map(add, [1, 2], [10, 20])))
for f, args in [(add, (1, "a")), (truediv, (1, 0)), (floordiv, (1, 0)), (mod, (5, 0)),
                (neg, ("s",)), (operator.getitem, ({}, "k")), (operator.getitem, ([], 3)),
                (operator.indexOf, ([1], 2)), (operator.index, (1.5,)), (lt, (1, "a"))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
