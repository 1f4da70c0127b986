# A bare raise inside an except block propagates the original error to the top.
def risky(n):
    return 10 // n

for n in [5, 2, 0, 1]:
    try:
        print(risky(n))
    except ZeroDivisionError:
        print("cleanup for", n)
        raise
