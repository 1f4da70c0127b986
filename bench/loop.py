# Tight while loop: integer arithmetic and comparison overhead.
total = 0
i = 0
while i <= 10000000:
    total += i
    i += 1
print(total)
