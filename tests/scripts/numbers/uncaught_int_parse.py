# An invalid int literal in a string ends the script with ValueError.
values = ["10", "0x1A", "  7 "]
total = 0
for v in values[::2]:
    total += int(v)
print(total)
print(int(values[1], 16))
print(int(values[1]))
