import string
from string import ascii_letters, digits

print(repr(string.ascii_lowercase), len(string.ascii_lowercase))
print(repr(string.ascii_uppercase), len(string.ascii_uppercase))
print(repr(ascii_letters), len(ascii_letters))
print(repr(digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), len(string.punctuation))
print(repr(string.whitespace), len(string.whitespace))
print(repr(string.printable), len(string.printable))
print(ascii_letters is string.ascii_letters)
for ch in "aZ5 !\t_x":
    print(repr(ch), ch in string.ascii_letters, ch in string.digits, ch in string.punctuation,
          ch in string.whitespace, ch in string.printable)
print([c for c in "Hello, World! 42" if c in string.ascii_uppercase + string.digits])
print(string.__name__)
