# re flags print by name and combine like ints.
import re

print(re.IGNORECASE, re.I | re.M, repr(re.S), re.X | re.I, re.NOFLAG, re.A, re.U)
print(int(re.I), re.I == 2, 2 == re.I, re.I | 1, re.I & re.I, bool(re.NOFLAG), re.I + 0)
print(re.I.name, re.I.value, (re.I | re.M).name, f"{re.M}", hash(re.I) == hash(2))
print(re.compile("a", re.I).flags, re.compile("a", re.I | re.M))
print(re.findall("a", "AaA", re.I), re.match("x.y", "X\nY", re.I | re.S) is not None)
print(re.compile("b", 2).flags, re.sub("a", "-", "AaA", flags=re.IGNORECASE))
print({re.I: "i"}[re.IGNORECASE], re.I in (re.I, re.M))
import re
print(~re.I, re.I | re.U, re.A | re.I, re.U)
