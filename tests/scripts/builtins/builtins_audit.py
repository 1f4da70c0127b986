print(all([]), any([]), all([1, 0]), bin(-5), bool([]), callable(len), callable(1), chr(97), dict(a=1, **{"b": 2}))
print([m for m in dir([]) if not m.startswith("_")][:3], divmod(7, -2), list(enumerate("ab")), list(filter(lambda x: x % 2, range(6))), float("-inf"), format(0.5, ".0%"))
print(frozenset("aa"), getattr(1, "real"), hasattr([], "append"), hash(None) == hash(None), hex(255), id(1) == id(1), int("101", 2), isinstance(1, (str, int)), issubclass(bool, int))
it = iter([1, 2]); print(next(it), next(it), next(it, "end"), len({1: 2}), list("ab"), list(map(pow, [2, 3], [3, 2])), max(3, 7, 5), min("b", "a"))
print(object().__class__.__name__, oct(64), ord("A"), pow(2, 10), pow(2.0, -1), repr("x"), list(reversed([1, 2])), round(3.14159, 3), set([1, 1]))
s = slice(1, 10, 2); print(s, s.start, s.indices(5), [0, 1, 2, 3, 4][s], sorted({3: 0, 1: 0}), str(12), sum([1.5, 2]), tuple({1: 0}), type(1.0))
class V: pass
v = V(); v.a = 1; print(vars(v), list(zip("ab", "cd", "ef")), iter(range(3)).__class__.__name__, next(iter("x")))
print(isinstance(print, object), type(print).__name__, type(len), repr(None), ascii("é"), format(12, "x"), int.__name__, globals()["V"] is V)
def loc():
    a = 1
    return sorted(locals())
print(loc(), sorted(k for k in globals() if k in ("v", "V", "s")))
import sys
print("err line", file=sys.stderr)
print("a", "b", sep="-", end="!\n", flush=True)
print(*[1, 2, 3], sep=", ")
sys.stdout.write("direct\n")
print(sys.argv[0].endswith("bi.py"), sys.getrecursionlimit(), sys.version_info[:2], sys.version_info.major, sys.platform, sys.maxsize, type(sys.path).__name__)
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
print(int(" 12 "), int(-2.7), int("0o17", 8) if False else int("17", 8), float(3), str(b"x", "utf-8"), str(), int(), float(), list(), dict(), tuple(), set())
for e in ["iter(5)", "next(iter([]))", "int('z', 40)", "chr('a')", "ord('')", "getattr(1, 'nope')", "min([])", "max()", "sum(['a'])", "sorted([1, 'a'])", "slice()", "zip(1)", "enumerate(5)", "map(None)", "vars(1)", "setattr(1, 'x', 2)"]:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(sum([[1], [2]], []), max([], default=None), min((3, 1), key=abs), sorted([-2, 1], key=abs), round(-2.5), round(7.25, 1), abs(-0.0))
