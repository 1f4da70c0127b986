import re

print(re.sub(r'(\d+)', r'<\1>', 'a1b22c333'))
print(re.sub(r'(?P<num>\d+)', r'[\g<num>]', 'a1b22'))
print(re.sub(r'(\d)(\d)', r'\g<2>\g<1>', '12 34 5'))
print(re.sub(r'\d', r'\g<0>\g<0>', 'a1b2'))
print(re.sub('a', r'\n', 'bab') == 'b\nb')
print(re.sub('a', r'\t|\\|\&', 'a'))
print(re.sub('a', '\\\\', 'a'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub('x', '-', 'axbxc', 1))
print(re.sub('x', '-', 'axbxc', count=1))
print(re.sub('x', '-', 'axbxc', 0))
print(re.sub('x', '-', 'axbxc', -1))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub('$', '!', 'line\n'))
print(re.sub('(?m)^', '> ', 'a\nb\nc'))
print(re.subn(r'\s+', ' ', 'a   b \t c'))
print(re.subn('z', 'y', 'abc'))
print(re.subn('b', 'y', 'abcb', 1))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example'))
try:
    re.sub(r'\d', r'\10', 'a1')
except re.error as e:
    print('re.error', e)
print(re.sub('é', 'e', 'café crème'))
print(re.sub('(.)', r'\1\1', 'añ'))

# callable replacements
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
print(re.subn(r'\d', lambda m: '', 'a1b2c3'))
print(re.sub('a', lambda m: None, 'banana'))
def rep(m):
    return '<' + m.group(0) + ':' + str(m.start()) + '>'
print(re.sub('[aeiou]', rep, 'education', 3))
print(re.compile(r'\d').sub(rep, 'x1y2'))
print(re.compile(r'\d').subn(rep, 'x1y2', count=1))
seen = []
def record(m):
    seen.append(m.span())
    return m.group().upper()
print(re.sub('x*', record, 'axxb'), seen)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, m):
        self.n += 1
        return str(self.n)
def nested(m):
    return re.sub('.', lambda m2: m2.group() * 2, m.group())
print(re.sub(r'\w+', nested, 'ab cd'))
print(re.sub('é', lambda m: 'E' + str(m.span()), 'aéb'))
try:
    re.sub('a', lambda m: 5, 'xay')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 1 / 0, 'a')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# Pattern.sub
p = re.compile(r'(?P<w>\w+)')
print(p.sub(r'(\g<w>)', 'a bc'))
print(p.subn(r'\1!', 'a bc'))
print(p.sub('-', 'a bc d', 2))

# expand
m = re.match(r'(\w+) (?P<b>\w+)', 'hello world')
print(m.expand(r'\2 \1 \g<b> \g<0>'))

# escape
print(re.escape('a.b*c?d'), re.escape('path/to file'), re.escape('_x-y_'))
print(re.escape('tab\there'), re.escape('ü€'))
print(re.search(re.escape('1+1=2'), 'is 1+1=2?'))
