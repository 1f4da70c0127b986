# Calling a method that does not exist on a builtin type, uncaught.
items = [3, 1, 2]
items.sort()
print(items)
print(hasattr(items, "push"))
items.push(4)
