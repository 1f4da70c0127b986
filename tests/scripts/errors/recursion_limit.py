# RecursionError with a lowered recursion limit.
import sys

sys.setrecursionlimit(100)
print(sys.getrecursionlimit())

def down(n):
    return down(n + 1)

down(0)
