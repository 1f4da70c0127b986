import re

# findall shapes
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\d)\d*', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1b22c333'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'(?P<k>\w+)=(?P<v>\w*)', 'a=1 b= c=3'))
print(re.findall(r'(?:ab)+', 'ababx ab'))
print(re.findall('x', 'abc'))
print(re.findall('', 'abc'))
print(re.findall('a*', 'baaac'))
print(re.findall('a*?', 'baa'))
print(re.findall(r'\b\w', 'hello big world'))
print(re.findall(r'\w+$', 'one two\nthree'))
print(re.findall(r'(a)?b', 'b ab'))
print(re.findall('[aeiou]', 'Programming Language'))
print(re.findall('o', 'foo boo', ))
print(re.compile('o').findall('foo boo', 2))
print(re.compile('o').findall('foo boo', 2, 6))
print(re.compile('o').findall('foo boo', 6, 2))

# finditer
for m in re.finditer(r'(\w)(\d)', 'a1 b2 c3'):
    print(m.group(), m.span(), m.groups())
print([m.span() for m in re.finditer('x*', 'axxb')])
print([m.group() for m in re.compile(r'\d').finditer('1a2b3', 1)])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('done')

# empty matches next to others
print(re.findall(r'\s*', 'a b  c'))
print(re.findall(r'|a', 'aa'))
print(re.findall(r'a|', 'aab'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print([m.span() for m in re.finditer(r'(?=a)', 'aba')])

# unicode
print(re.findall(r'\w+', 'naïve café über straße'))
print(re.findall(r'\d', '1٢3'))
print(re.findall(r'\d', '1٢3', re.A))
print(re.findall(r'\w+', 'naïve café', re.ASCII))
print([len(x) for x in re.findall(r'\s+', 'a\u00a0b c\u2003 d')])
print([m.span() for m in re.finditer('é', 'éaé')])
print(re.findall('(.)(.)', '日本語です'))
print(re.findall(r'[а-я]+', 'Привет мир'))
print(re.findall(r'(?i)[а-я]+', 'Привет МИР'))
