# Integers silently grow past 64 bits.
print(2 ** 63, 2 ** 64, 2 ** 100)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(3037000500 * 3037000500)
print(-9223372036854775808 // -1)
print(abs(-9223372036854775808))
print(-(-9223372036854775808))
print(-9223372036854775808 % -1)
big = 2 ** 100
print(big + 1, big - 1, big * big)
print(big // 3, big % 3, -big // 7, -big % 7)
print(big // big, big - big)
print(big == 1267650600228229401496703205376)
print(big > 2 ** 99, big < 1.0e31, big > 1.0e30)
print(10 ** 20 / 10 ** 10)
print(float(2 ** 100))
print(int("123456789012345678901234567890") + 1)
print(len(str(2 ** 1000)))
print(str(2 ** 70), repr(-(2 ** 70)))
print(2 ** 64 - 2 ** 64 + 5)
n = 1
i = 0
while i < 70:
    n = n * 2
    i += 1
print(n)
total = 0
for k in range(100):
    total += 2 ** 62
print(total)
print(isinstance(2 ** 100, int))
