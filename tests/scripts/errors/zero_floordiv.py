# Uncaught ZeroDivisionError from floor division inside a function.
def per_item(total, count):
    return total // count

print(per_item(10, 3))
print(per_item(10, 0))
