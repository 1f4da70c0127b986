# Bitwise operators on ints, including negatives and big values.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(1 << 10, 1 << 64, 1 << 100, 5 << 0)
print(1024 >> 3, -1024 >> 3, -1 >> 10, 7 >> 100, -7 >> 100)
print((1 << 100) >> 99, ((1 << 100) - 1) & 0xFF)
print((2 ** 70) | 1, (2 ** 70) ^ (2 ** 70), ~(2 ** 70))
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) >> 60)
print(0b1010 & 0b0110, 0o17 | 0o1, 0xF0 ^ 0xFF)
print(~True, ~False, 1 & True, 2 | False)
x = 0b1111
x &= 0b1010
print(x)
x |= 0b0101
print(x)
x ^= 0xF
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
for n in [0, 1, 5, 255, 256, -1, -256]:
    print(n, n.bit_length(), bin(n))
print(bin(12 & 10), bin(12 | 10))
print(0xFFFF_FFFF_FFFF_FFFF + 1, 1_000_000)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 2.0)
except TypeError as e:
    print(type(e).__name__, e)
