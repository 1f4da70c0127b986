import re

m = re.match(r'(\w+) (\w+)', 'hello world!')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2))
print(m.group(1, 2), m.group(2, 1, 0))
print(m.groups())
print(m.span(), m.span(1), m.span(2))
print(m.start(), m.end(), m.start(2), m.end(2))
print(m.string, m.pos, m.endpos)
print(m.re)
print(m.lastindex, m.lastgroup)
print(m.regs)
print(type(m).__name__, isinstance(m, re.Match))

# search vs match vs fullmatch
print(re.search('b+', 'aabbbcc'))
print(re.match('b+', 'aabbbcc'))
print(re.fullmatch('b+', 'bbb'))
print(re.fullmatch('b+', 'bbbc'))
print(re.fullmatch('a|ab', 'ab'))
print(re.fullmatch('a*?', 'aaa'))
print(re.search('', 'abc'))
print(re.search('$', 'abc'))

# truthiness
for s in ['abc', 'xyz']:
    mm = re.search('b', s)
    if mm:
        print('found in', s, mm.start())
    else:
        print('not found in', s)
print(bool(re.match('x', 'x')), re.match('x', 'y') is None)

# named groups
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.group('first'), m.group('last'), m.group('first', 2))
print(m.groupdict())
print(m.start('last'), m.end('last'), m.span('first'))
print(m.lastindex, m.lastgroup)
print(re.compile(r'(?P<first>\w+) (?P<last>\w+)').groupindex)

# optional groups
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.group(2), m.span(2), m.start(2), m.end(2))
print(m.lastindex)
m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print(m.groupdict(), m.groupdict('?'), m.lastgroup)

# lastindex
print(re.match('(a(b))', 'ab').lastindex)
print(re.match('(a)()', 'a').lastindex)
print(re.match('(a)x', 'ax').lastindex)
print(re.match('a', 'ax').lastindex)
print(re.match('(a)|(b)', 'b').lastindex)

# Pattern objects
p = re.compile(r'(\d+)-(\d+)')
print(p, p.pattern, p.groups, p.groupindex)
print(p.flags, re.compile('x', re.I).flags, re.compile('x', re.A).flags)
print(p.search('tel 555-1234 ok'))
print(p.match('555-1234'), p.match('x555-1234'))
print(p.match('x555-1234', 1))
print(p.search('555-1234', 1))
print(p.search('555-1234', 0, 5))
print(p.fullmatch('a555-1234b', 1, 9))
print(p.search('555-1234', 10), p.search('555-1234', -5))
print(p.search('555-1234', 3, 1))
m = p.search('xx12-34yy', 2, 8)
print(m, m.pos, m.endpos)
print(re.compile('^a').search('ba', 1))
print(re.compile('a$').search('ab', 0, 1))
print(re.compile('a+') is re.compile('a+'))
print(re.compile(p) is p)
print(re.search(p, 'x1-2'))

# reprs
print(re.compile("it's"))
print(re.compile('\\d+\\s'))
print(repr(re.compile('a' * 300)))
print(re.compile('a', re.I | re.M | re.S | re.X))
print(re.compile('a', re.A))
print(re.compile('(?i)a'))
print(re.match('.*', 'x' * 80))
print(re.match('a', 'a\nb'))
print(re.search('\n', 'a\nb'))
print([re.match('a', 'a'), None])
print(f'{re.match("ab", "abc")}!')
print(str(re.compile('z')))

# Match indexing through the method
m = re.match('(a)(b)', 'ab')
print(m.__getitem__(0), m.__getitem__(2))

# unicode positions
m = re.search('é+', 'aééb')
print(m, m.span(), m.start(), m.end())
m = re.search('(ü)(.)', 'Grüße')
print(m.groups(), m.span(1), m.span(2))
print(re.search('🙂', 'a🙂b').span())
print(re.findall('.', 'añb'))
print(re.compile('ß').search('straße', 3))
