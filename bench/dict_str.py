# Dictionaries and strings (written for this repository): word frequencies, string
# building, splitting and joining, f-strings, dict lookups and updates.

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    out = []
    for i in range(n):
        w = WORDS[(i * 7 + i // 3) % len(WORDS)]
        out.append(w if i % 5 else w.upper())
    return " ".join(out)


def frequencies(text):
    counts = {}
    for word in text.split():
        word = word.lower()
        counts[word] = counts.get(word, 0) + 1
    return counts


def index_positions(text):
    positions = {}
    for i, word in enumerate(text.split()):
        if word in positions:
            positions[word].append(i)
        else:
            positions[word] = [i]
    return positions


def render(counts):
    lines = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{word:>10}: {n:6d} {'*' * (n // 2000)}")
    return "\n".join(lines)


def rot(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if "a" <= c <= "z" else c for c in s)


text = make_text(200000)
counts = frequencies(text)
print(render(counts))
pos = index_positions(text)
print(len(pos), sum(len(v) for v in pos.values()))
merged = {}
for k in range(30):
    merged.update({f"{w}{k}": len(w) + k for w in WORDS})
print(len(merged), sum(merged.values()))
print(rot("the quick brown fox jumps over the lazy dog", 13) * 1)
s = ""
for i in range(20000):
    s += str(i % 10)
print(len(s), s.count("7"), s.replace("12", "x").count("x"))
