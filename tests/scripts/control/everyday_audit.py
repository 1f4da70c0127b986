class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec): return f"${self.v:{spec or '.2f'}}"
    def __str__(self): return f"M{self.v}"
m = Money(3.5)
print(f"{m}", f"{m:.1f}", format(m, ".3f"), "{}".format(m), "{:>8}".format(str(m)), f"{m!s:>6}")
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, max(freq, key=freq.get), len(set(words)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [sum(c) for c in zip(*matrix)], [x for row in matrix for x in row if x % 2])
records = [{"name": "a", "age": 30}, {"name": "b", "age": 25}]
for r in sorted(records, key=lambda r: r["age"]):
    print(f"{r['name']:<5}|{r['age']:>4}")
print("%-10s|%5.2f|%03d" % ("x", 2.345, 7), "{:,.2f}".format(1234567.891), f"{0.1234:.1%}", f"{1e-10:.3g}", f"{123456789:e}")
s = "  Mixed Case Text  "
print(s.strip().lower().replace(" ", "_"), s.split(), "-".join(s.split()), s.strip()[::-1], s.count("e"), s.find("Case"))
import json
data = json.loads('{"items": [{"id": 1, "tags": ["a"]}, {"id": 2, "tags": []}]}')
print([i["id"] for i in data["items"] if i["tags"]], json.dumps(data, indent=1)[:30].replace("\n", "|"))
try:
    value = int("12a")
except ValueError:
    value = -1
finally:
    print("parsed", value)
def stats(*nums, precision=2):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return round(mean, precision), round(var ** 0.5, precision)
print(stats(1, 2, 3, 4), stats(2, 4, precision=0))
stack, queue = [], []
for i in range(3):
    stack.append(i); queue.insert(0, i)
print(stack.pop(), queue.pop(), stack, queue)
print(divmod(100, 7), 2 ** -1, 10 // 3, -10 // 3, 10 % -3, round(1.005, 2), int("0b11", 2), float("1_000.5"))
text = """line one
line two
    indented"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
print(isinstance(3, (int, float)), type(3) in (int, float), [type(x).__name__ for x in (1, 1.0, "1", [1], (1,), {1}, {1: 1}, None, True)])
print(list(map(str.upper, ["a", "b"])), list(filter(str.isdigit, "a1b2")), "".join(sorted("hello")), sorted([3, 1, 2])[::-1])
print(any(c.isupper() for c in "abC"), all(len(w) > 2 for w in words), sum(1 for w in words if w == "the"), min(words, key=len), dict(sorted(freq.items())[:2]))
