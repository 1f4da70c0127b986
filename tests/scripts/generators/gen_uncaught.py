# An exception raised inside a generator propagates to the consumer, uncaught.
def parse_all(lines):
    for n, line in enumerate(lines, 1):
        print("parsing line", n)
        yield int(line)

total = 0
for value in parse_all(["1", "2", "three", "4"]):
    total += value
    print("total", total)
