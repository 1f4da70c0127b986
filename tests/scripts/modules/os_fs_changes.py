import os
base = "/tmp/baton_osfs_probe"
if os.path.isdir(base + "/a/b"):
    os.rmdir(base + "/a/b"); os.rmdir(base + "/a"); os.rmdir(base)
os.makedirs(base + "/a/b")
os.makedirs(base + "/a/b", exist_ok=True)
try:
    os.makedirs(base + "/a/b")
except FileExistsError as e:
    print("exists", e.errno, e.strerror)
try:
    os.mkdir(base)
except OSError as e:
    print(type(e).__name__, e.strerror)
with open(base + "/f.txt", "w") as f:
    f.write("x")
os.rename(base + "/f.txt", base + "/g.txt")
print(sorted(os.listdir(base)))
os.remove(base + "/g.txt")
try:
    os.remove(base + "/g.txt")
except FileNotFoundError as e:
    print("gone", e.errno, e.filename == base + "/g.txt")
try:
    os.rmdir(base + "/a")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.rmdir(base + "/a/b"); os.rmdir(base + "/a"); os.rmdir(base)
print(os.path.exists(base))
