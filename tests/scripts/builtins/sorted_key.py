# sorted(), list.sort(), min() and max() with key= call a script function per item; keys are
# computed first, in item order, and ties keep their original order (stable), also reversed.
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=str.lower))

calls = []
def noisy_key(x):
    calls.append(x)
    return -x

print(sorted([3, 1, 2], key=noisy_key), calls)

pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))

nums = [5, 3, 8, 1, 9, 2]
nums.sort(key=lambda n: n % 3)
print(nums)
nums.sort(reverse=True)
print(nums)
print(nums.sort(key=abs))

print(min(words, key=len), max(words, key=len))
print(min([4, -7, 2], key=abs), max([4, -7, 2], key=abs))
print(min(3, 1, 2), max(3, 1, 2), min("hello"), max([1.5, 2, -1]))
print(min([], default="empty"), max([], key=len, default=None))
print(min([(2, "x"), (1, "y"), (1, "a")]))


def depth(n):
    # key functions may recurse, call other functions and even sort themselves
    return n if n < 2 else depth(n - 1) + 1

print(sorted([30, 5, 17], key=depth))
print(sorted([[3, 1], [2, 9, 1], [5]], key=lambda l: sorted(l)[0]))
