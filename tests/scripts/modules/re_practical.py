import re
from re import findall, sub, compile

# a small tokenizer with named alternatives
TOKENS = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
tok_regex = '|'.join([f'(?P<{name}>{rx})' for name, rx in TOKENS])
code = 'x := 3.14 * y1;\nz := x + 42;'
line = 1
for mo in re.finditer(tok_regex, code):
    kind = mo.lastgroup
    value = mo.group()
    if kind == 'NEWLINE':
        line += 1
        continue
    if kind == 'SKIP':
        continue
    print(line, kind, repr(value), mo.start() - 0)

# log parsing
LOG = '''2024-01-05 12:00:01 INFO  server started port=8080
2024-01-05 12:00:07 WARN  slow request path=/api/users ms=1532
2024-01-05 12:01:10 ERROR failed path=/api/orders code=500
'''
line_re = compile(r'^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<msg>.*?)((?: \w+=\S+)*)$', re.M)
for m in line_re.finditer(LOG):
    kv = dict(findall(r'(\w+)=(\S+)', m.group(5)))
    print(m.group('level'), m.group('msg'), kv)

# camelCase -> snake_case
def snake(name):
    s = sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()
print([snake(n) for n in ['camelCase', 'HTTPServerError', 'getHTTPResponseCode', 'simple']])

# template substitution with a callback and a dict
values = {'name': 'Ada', 'lang': 'Baton'}
print(sub(r'\{(\w+)\}', lambda m: values.get(m.group(1), m.group(0)), 'Hi {name}, welcome to {lang}! {missing}'))

# validation
emails = ['a@b.co', 'bad@', 'first.last+tag@example.org', '@x.com']
pat = compile(r'[\w.+-]+@[\w-]+\.[\w.]+')
print([bool(pat.fullmatch(e)) for e in emails])
print([e for e in emails if pat.fullmatch(e)])

# word frequency
text = 'the quick brown fox jumps over the lazy dog; The dog sleeps.'
counts = {}
for w in findall(r'[a-z]+', text.lower()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

# splitting CSV-ish lines, keeping quoted fields
print(findall(r'"([^"]*)"|([^,]+)', 'a,"b,c",d'))
print(re.split(r'\s*[;,]\s*', 'a ; b,c ,d'))
print(re.sub(r'\s+', ' ', '  lots   of\t\twhitespace \n here ').strip())

# dates reformatted
print(sub(r'(\d{4})-(\d{2})-(\d{2})', r'\3/\2/\1', 'from 2024-01-05 to 2024-02-10'))
print(sub(r'(?P<y>\d{4})-(?P<m>\d{2})', r'\g<m>.\g<y>', '2023-12'))

# Match objects in containers and comparisons
ms = [re.match(r'\d', s) for s in ['1a', 'b', '2']]
print(ms)
print([m.group() if m else '-' for m in ms])
print(len([m for m in ms if m]))
