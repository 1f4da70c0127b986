# partition/rpartition and related parsing idioms.
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
for line in ["name: Ann", "age:42", "bad line", "x: y: z"]:
    k, s, v = line.partition(":")
    print(repr(k.strip()), bool(s), repr(v.strip()))
path = "/usr/local/lib/python3.11/site.py"
print(path.rpartition("/")[2], path.rpartition("/")[0], path.rpartition(".")[2])
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
