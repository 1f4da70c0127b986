# Recursion: tree building, permutations, hanoi, ackermann, flatten, memo.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)
    return moves

print(hanoi(3, "A", "C", "B", []))
print(len(hanoi(10, "A", "C", "B", [])))
def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + p)
    return out
print(perms("abc"))
print(len(perms([1, 2, 3, 4, 5])))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(3, 3))
def flatten(x):
    if isinstance(x, list):
        result = []
        for item in x:
            result.extend(flatten(item))
        return result
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
def depth(tree):
    if not isinstance(tree, tuple):
        return 0
    return 1 + max(depth(c) for c in tree)
print(depth((1, (2, (3,)), ((4,),))))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5))
def binsearch(xs, t, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    if xs[mid] < t:
        return binsearch(xs, t, mid + 1, hi)
    return binsearch(xs, t, lo, mid)
xs = list(range(0, 100, 3))
print(binsearch(xs, 27), binsearch(xs, 28), binsearch(xs, 0), binsearch(xs, 99))
def count_down(n):
    return [] if n < 0 else [n] + count_down(n - 1)
print(count_down(300)[:3], len(count_down(300)))
