import re

def t(f):
    try:
        print(repr(f()))
    except re.error as e:
        print('re.error:', e, '|', e.msg, e.pos, repr(e.pattern))
    except Exception as e:
        print(type(e).__name__ + ':', e)

# bad patterns
for pat in ['(a', 'a)', '*', 'a**', '+a', 'a|*', '(*)', '^*', '\\q', '\\', '[a', '[z-a]',
            '[\\d-z]', '(?P<a>x)(?P<a>y)', '(?P=b)', '\\2', '(a)\\2', '(?<x)', '(?P<1a>x)',
            '(?P<>x)', '(?P<a', '(?Px)', 'a(?i)b', '(?z)', '(?', '(?i', '(?-i)',
            'x{3,1}', '(?#abc', '\\x4', '\\u12', '(a)(?(2)b)', '(a)(?(x)b)', 'a{2}{3}',
            '(?(1)a|b|c)', '(a\\1)', '[\\A]', '[a-\\w]', '\\777', 'a\n(b', 'ab\ncd)']:
    t(lambda: re.compile(pat))

try:
    re.compile('(abc')
except re.error as e:
    print(type(e).__name__, isinstance(e, Exception), e.args)
    print(e.lineno, e.colno)
try:
    re.compile('x\ny\n(z')
except re.error as e:
    print(e, e.lineno, e.colno)

# template errors
t(lambda: re.sub('a', '\\q', 'a'))
t(lambda: re.sub('a', '\\2', 'a'))
t(lambda: re.sub('(a)', '\\g<2>', 'a'))
t(lambda: re.sub('a', '\\g<x>', 'a'))
t(lambda: re.sub('a', '\\g<x', 'a'))
t(lambda: re.sub('a', '\\g', 'a'))
t(lambda: re.sub('a', '\\g<>', 'a'))
t(lambda: re.sub('a', '\\g<1a>', 'a'))
t(lambda: re.sub('a', 'x\\', 'a'))
t(lambda: re.match('(a)', 'a').expand('\\2'))

# argument errors
p = re.compile('(a)(b)?')
m = p.match('ab')
t(lambda: re.search('a', 5))
t(lambda: re.compile(5))
t(lambda: re.search('a'))
t(lambda: re.search())
t(lambda: re.search('a', 'b', 0, 1))
t(lambda: re.search('a', 'b', x=1))
t(lambda: re.search('a', 'b', string='c'))
t(lambda: re.sub('a', 'b'))
t(lambda: re.split('a'))
t(lambda: re.findall('a', None))
t(lambda: p.search())
t(lambda: p.search('a', 1, 2, 3))
t(lambda: p.search('a', x=1))
t(lambda: p.search(5))
t(lambda: p.search('ab', 'x'))
t(lambda: p.search('ab', None))
t(lambda: p.sub('x'))
t(lambda: p.split('a', 1, 2))
t(lambda: p.split('a', string='b'))
t(lambda: m.start(1, 2))
t(lambda: m.groups(1, 2))
t(lambda: m.group(3))
t(lambda: m.group(-1))
t(lambda: m.group('x'))
t(lambda: m.group(1.5))
t(lambda: m.span('x'))
t(lambda: m.start(5))
t(lambda: m.groupdict(1, 2))
t(lambda: m.expand())
t(lambda: re.escape(5))
t(lambda: re.sub('a', 5, 'a'))
t(lambda: re.sub('a', 'b', 'aaa', count='x'))
t(lambda: re.search('a', 'a', flags='x'))
t(lambda: re.search(p, 'a', flags=2))
t(lambda: re.compile('a', re.A | re.U))
t(lambda: re.Match())
t(lambda: re.Pattern())
t(lambda: re.compile('a{4294967296}'))
print(re.purge())

# look-behinds must have a fixed width (reported without a position)
for pat in [r'(?<=ab|c)d', r'(?<=ab|cd)d', r'(?<=a+)d', r'(?<=x{2})d', r'(?<=x{1,2})d',
            r'(?<!ab|c)d', r'(?<=(a)b)d', r'(?<=\bab)d', r'(?<=a?b)d', r'(x)(?<=\1)d',
            r'(?<=a[bc])d', r'(?<=(?:ab){2})d']:
    try:
        print(pat, re.findall(pat, 'abd cd xxd'))
    except re.error as e:
        print(pat, 'error:', e, e.pos, e.lineno)
