import time
t0 = time.perf_counter(); time.sleep(0.05); d = time.perf_counter() - t0
print(0.04 < d < 0.5, type(time.time()).__name__, time.time() > 1e9, type(time.time_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("x")
except TypeError as e:
    print(e)
