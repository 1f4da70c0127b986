import os
path = "/tmp/baton_golden_file_test.txt"
with open(path, "w") as f:
    print(f.write("line one\n"), f.write("line two\n"))
    f.write("last")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
for i, line in enumerate(open(path)):
    print(i, line.rstrip())
with open(path, "a") as f:
    f.write("\nappended\n")
print(open(path).read().splitlines())
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open("no_such_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open(path, "q")
except ValueError as e:
    print(e)
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
os.remove(path) if hasattr(os, "remove") else None
print(sorted(w for w in ["b", "a"]))
