# Coroutine-style pipelines with send(), and generator pipelines with filters.
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def upper_filter(target):
    while True:
        item = yield
        if item.isalpha():
            target.send(item.upper())
        else:
            print("dropped", repr(item))

p = printer(">>")
next(p)
f = upper_filter(p)
next(f)
for word in ["hello", "42", "world", "a b"]:
    f.send(word)
def read(lines):
    for line in lines:
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#")[0].rstrip()
        if code:
            yield code
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i:02d}: {line}"
source = ["x = 1  # set x", "# only a comment", "", "y = x + 1", "print(y)  # show"]
for out in numbered(strip_comments(read(source))):
    print(out)
def batch(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(batch(range(7), 3)))
def unique(it):
    seen = []
    for x in it:
        if x not in seen:
            seen.append(x)
            yield x
print(list(unique("mississippi")))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
