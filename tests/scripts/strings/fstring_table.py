# Formatted report with f-strings.
rows = [("apples", 3, 0.5), ("pears", 12, 0.25), ("kiwis", 100, 1.125)]
total = 0
for name, qty, price in rows:
    cost = qty * price
    total += cost
    print(f"{name:>8} {qty:5d} {price:.2f} {cost:.2f}")
print(f"{'total':>8} {total:.2f}")
width = 6
print(f"{'x':>6}|")
for i in range(1, 4):
    print(f"{i}: {i * i=}")
print(f"{total=} {len(rows)=}")
population = 7900000000
print(f"world: {population:,}")
ratio = 2 / 3
print(f"{ratio} {ratio:.1f} {ratio:.5f}")
print(f"{'a' + 'b'}{'!' * 3}")
