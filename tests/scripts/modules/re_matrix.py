# Many patterns against many subjects: finditer spans/groups, sub with \g<0> and split.
import re
pats = [r'\bé', r'(?a)\bé\b', r'(?a)\b\w+\b', r'(?x)a | b', r'(?x) ( a ) + ', r'(?i)[^a-z]+', r'[^\W\d]+',
        r'(?m)^$', r'(?m)$\n?', r'^$', r'\Z', r'(?s).*?$', r'(\w+?)(\d*)$', r'((a)|(b))+', r'(a|b)*?c',
        r'(?=(\w+))', r'(?:(a)|b)*', r'[\s\S]', r'\w+(?=,)', r'(\w)(?!\1)', r'(?P<x>a)(?(x)b|c)',
        r'\d{2,3}?', r'[^\n]+', r'(.)\1+', r'(?i)é+', r'(?i)[é-ü]', r'[\u0041-\u005a]+', r'\x20',
        r'a{0}', r'(a{0,1}){2}', r'(|a)+', r'(?:)', r'()', r'(?:a*)*b', r'\0\01\012', r'[\0-\x1f]',
        r'(?i)\u00e9', r'(?i)K', r'\S+@\S+', r'(?<=\d)(?=(\d{3})+$)', r'^\s*#.*$', r'[+-]?\d+(\.\d+)?([eE][+-]?\d+)?']
subjects = ['abc', 'é xé éa', 'hello world 123', 'aab ba', 'a\nb\n\nc\n', '', 'a,b,,c', 'abba aabbcc',
            'ÉéeKk\u212a', '1234567', '  # comment\ncode', 'x@y.z -3.5e10 +7', 'ac bc abc', '\x00\x01\n']
for p in pats:
    for s in subjects:
        try:
            r = [(m.span(), m.groups()) for m in re.finditer(p, s)]
        except re.error as e:
            r = 'error ' + str(e)
        print(repr(p), repr(s), r)
        try:
            print(' ', re.sub(p, '<\\g<0>>', s), re.split(p, s)[:6])
        except re.error as e:
            print(' error', e)
