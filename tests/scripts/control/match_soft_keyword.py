# `match` and `case` are soft keywords: outside a match statement they are plain names.
import re

match = re.match(r"(\d+)-(\d+)", "12-34")
print(match.groups())
case = {"a": 1}
print(case["a"])
match, case = case, match
print(type(match).__name__)


def match(x, y=0):
    return x + y


print(match(1, 2), match (3))
matches = [match(i) for i in range(3)]
print(matches)


class P:
    match = 5
    case = 6


print(P.match + P.case)
print([match for match in "ab"])
