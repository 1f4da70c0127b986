# Exceptions inside loops, handled per iteration.
data = ["10", "x", "3.5", "7", "", "-2"]
total = 0
bad = []
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        bad.append(item)
        print("skip:", e)
print("total", total, "bad", bad)

inventory = {"apple": 3, "pear": 0}
for fruit in ["apple", "pear", "plum"]:
    try:
        per_person = 6 // inventory[fruit]
        print(fruit, per_person)
    except KeyError as e:
        print("unknown fruit", e)
    except ZeroDivisionError as e:
        print("out of", fruit + ":", e)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("attempt " + str(attempts) + " failed")
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print(e)
