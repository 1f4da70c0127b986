def f(**k): return sorted(k.items())
class A:
  def m(self, **k): return k
def g(a, b=0, **k): return a, b, k
print(f(a=1, **{"b": 2}, c=3, **{"d": 4}), g(**{"a": 1}, b=2), g(1, **{"b": 5, "z": 0}), A().m(**{"x": 1}))
for e in ['f(c=1, **{"c": 2})', 'f(**{"c": 1}, c=2)', 'f(**{"c": 1}, **{"c": 2})', 'A().m(**{"c": 1}, c=2)', 'print(**{"sep": 1}, sep=2)', 'f(**1)', 'f(**{1: 2})', 'len(**{"a":1}, a=2)', 'g(1, **{"a": 2})']:
  try: eval(e)
  except TypeError as ex: print(e, ex)
