# A first Baton program.
print("Hello, Baton!")
total = 0
for i in range(1, 6):
    total += i
    print("step", i, "total", total)
name = "world"
print(f"Goodbye, {name}! The sum was {total}.")
