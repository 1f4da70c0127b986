# An explicit raise after some printed output.
total = 0
for i in range(5):
    total += i
    print("running total", total)
raise ValueError("bad")
