# RecursionError can be caught and the program continues.
import sys

print(sys.getrecursionlimit())

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", e)

sys.setrecursionlimit(100)
print(sys.getrecursionlimit())

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(50))
try:
    depth(500)
except RecursionError as e:
    print("limit 100 exceeded:", e)
sys.setrecursionlimit(2000)
print(depth(1500))
print("still running")
