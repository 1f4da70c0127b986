import re

print(re.findall('a', 'banana'))
re.compile('a(b')
