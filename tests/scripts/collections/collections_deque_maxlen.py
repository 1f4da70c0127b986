from collections import deque

d = deque(maxlen=3)
print(d, d.maxlen)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft("L")
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
print(deque(range(10), 4), deque(range(10), maxlen=0), deque("abc", maxlen=5))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([1, 2])
print(z, len(z))
m = deque([1, 2], maxlen=2)
print(m + deque([3]), m * 3, (m * 3).maxlen, m.copy().maxlen, deque([1, 2, 3], 5) * 2)
m += [7, 8, 9]
print(m)
window = deque(maxlen=3)
sums = []
for v in [5, 1, 4, 2, 8, 3]:
    window.append(v)
    sums.append(sum(window))
print(sums)

r = deque(range(7))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-3)
print(r)
r.rotate(10)
print(r)
r.rotate(-15)
print(r)
r.rotate(0)
print(r)
deque().rotate(5)
one = deque([1])
one.rotate(-3)
print(one)
big = deque(range(20))
for _ in range(13):
    big.rotate(1)
print(big)
for _ in range(30):
    big.rotate(-1)
print(big)
big.rotate(-7)
print(big, big[0], big[-1], big[5])

# many operations on both ends stay consistent
q = deque()
for i in range(1000):
    q.append(i)
    q.appendleft(-i)
for i in range(600):
    q.popleft()
    if i % 3 == 0:
        q.pop()
print(len(q), q[0], q[-1], q[100], sum(q))
for i in range(300):
    q.appendleft(i)
    q.popleft()
    q.append(q.popleft())
print(len(q), q[0], q[-1], q.index(0), sum(q))
big = deque()
for i in range(100000):
    big.append(i)
total = 0
while big:
    total += big.popleft()
print(total, len(big), big)
