# sys.exit with a string prints it to stderr and exits with status 1.
import sys
print("before exit")
for i in range(3):
    if i == 2:
        sys.exit("fatal: stopping at " + str(i))
    print("iteration", i)
