import sys
print("to err", file=sys.stderr)
sys.stdout.write("direct\n")
print("a", "b", sep="-", end="!\n", flush=True)
words = "the quick brown fox".split()
print(max(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
data = {"b": 2, "a": 1}
for k, v in sorted(data.items()):
    print(f"{k}={v:>3}")
print(list(enumerate("ab", 1)), dict(zip("ab", range(2))))
print("{:08.3f}|{:<6}|{:^6}|{:x}".format(3.14159, "l", "c", 255))
import math, random, json
random.seed(3)
print(round(math.pi, 3), random.randint(1, 100), json.dumps({"k": [1, 2]}, indent=1))
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
b = Buf()
print("x", 1, file=b)
print(b.parts)
print("err2", file=sys.stderr, end="|\n")
print(sys.stdout.write("w\n"))
