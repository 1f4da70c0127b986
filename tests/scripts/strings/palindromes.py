# Normalising strings and checking palindromes.
def normalise(s):
    out = ""
    for ch in s.lower():
        if ch in "abcdefghijklmnopqrstuvwxyz0123456789":
            out += ch
    return out

def is_palindrome(s):
    n = normalise(s)
    return n == n[::-1]

tests = ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "12321", "123"]
for t in tests:
    print(repr(t), is_palindrome(t), repr(normalise(t)))

def longest_common_prefix(words):
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix

print(repr(longest_common_prefix(["flower", "flow", "flight"])))
print(repr(longest_common_prefix(["dog", "racecar"])))
print(repr(longest_common_prefix(["same", "same"])))
