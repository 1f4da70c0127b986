print("a")
x = 1 + 2)
