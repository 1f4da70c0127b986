from collections import deque, Counter

c = Counter("aab")
print(c.most_common(1))
d = deque([1, 2])
d.pop()
d.pop()
print(d)
d.popleft()
