# Caesar cipher using str.find on an alphabet string (no ord/chr).
ALPHA = "abcdefghijklmnopqrstuvwxyz"

def shift_char(ch, k):
    lower = ch.lower()
    i = ALPHA.find(lower)
    if i == -1:
        return ch
    out = ALPHA[(i + k) % 26]
    if ch != lower:
        out = out.upper()
    return out

def caesar(text, k):
    result = ""
    for ch in text:
        result += shift_char(ch, k)
    return result

msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 26) == msg, caesar(msg, -1))
for k in [1, 13, 25]:
    print(k, caesar("abc XYZ", k))
