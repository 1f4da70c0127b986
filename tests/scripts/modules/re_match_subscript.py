import re
m = re.match(r"(\w+) (\w+)", "hello world")
print(m[1], m[2], m[0])
