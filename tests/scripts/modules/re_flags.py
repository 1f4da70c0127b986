import re

print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.MULTILINE), int(re.S), int(re.DOTALL))
print(int(re.X), int(re.VERBOSE), int(re.A), int(re.ASCII), int(re.U), int(re.NOFLAG))
print(int(re.I | re.M), int(re.I | re.S | re.X))
print(re.findall('abc', 'ABC abc AbC', re.I))
print(re.findall('abc', 'ABC abc AbC', re.IGNORECASE))
print(re.findall('[a-c]+', 'ABC xyz', re.I))
print(re.findall('ÄÖ', 'äö ÄÖ', re.I))
print(re.findall('(?i)abc', 'ABC'))
print(re.findall('a(?i:b)c', 'aBc abc aBC'))
print(re.findall('(?i)a(?-i:b)c', 'AbC ABC'))
print(re.match(r'(a)\1', 'aA', re.I))

# MULTILINE
text = 'one\ntwo\nthree\n'
print(re.findall('^\\w+', text))
print(re.findall('^\\w+', text, re.M))
print(re.findall('\\w+$', text))
print(re.findall('\\w+$', text, re.M))
print(re.findall('(?m)^t\\w+$', text))
print(re.search('o$', 'two\n'), re.search('o\\Z', 'two\n'), re.search('\\Atwo', 'two'))
print(re.search('$', 'ab\n').span(), re.search('$', 'ab\n', re.M).span())
print([m.span() for m in re.finditer('$', 'a\nb\n', re.M)])

# DOTALL
print(re.findall('a.b', 'a\nb axb'))
print(re.findall('a.b', 'a\nb axb', re.S))
print(re.findall('(?s)a.b', 'a\nb'))
print(re.findall('a(?s:.)b.', 'a\nb\n a\nbc'))
print(re.findall('.+', 'ab\ncd'))

# VERBOSE
p = re.compile(r'''
    (\d{3})   # area code
    [-\s]?    # separator
    (\d{4})   # number
    \ x       # escaped space then x
''', re.X)
print(p.findall('555-1234 x, 5551234 x'))
print(re.findall('(?x) a b c  # comment', 'abc'))
print(re.findall('(?x)[ a]+', 'a a'))
print(re.findall(r'(?x) a \# b', 'a#b'))
print(re.compile('a b', re.VERBOSE).pattern)

# ASCII
print(re.findall(r'\w+', 'café über', re.A))
print(re.findall(r'(?a)\w+', 'café über'))
print(re.findall(r'\d+', '12٣٤', re.ASCII))
print(re.findall(r'[\w]+', 'ñandú', re.A))
print(re.findall(r'\bé', 'é xé'))
print(re.findall(r'\s', 'a\u2003b c', re.A))
print(re.findall(r'\W+', 'a-é-b', re.A))
print(re.findall(r'[^\W]+', 'a-é-b', re.A))

# combined
print(re.findall('^a.c$', 'A\nC\nabc', re.I | re.S | re.M))
print(re.compile('x', re.I | re.M).flags == re.I | re.M | re.U)
print(re.compile('(?ims)x').flags == re.I | re.M | re.S | re.U)
print(re.compile('(?a)x').flags == re.A)
print(re.compile('(?x) a').flags == re.X | re.U)
print(re.compile('(?s)x'))
print(re.compile('x', re.U))
print(re.compile('x', 0))
