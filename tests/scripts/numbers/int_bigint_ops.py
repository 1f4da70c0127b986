# Big integer arithmetic across the 64-bit boundary.
a = 2 ** 64
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(b // -a, b % -a)
print(divmod(b, a))
print(divmod(-b, a))
print(a ** 3)
print((-a) ** 3)
print(10 ** 30 // 7, 10 ** 30 % 7)
print(abs(-b), -(-b))
print(a == 18446744073709551616, a != a + 1)
print(a < b, a > b, a <= a, b >= a)
print(int(str(b)) == b)
print(len(str(7 ** 200)))
print(str(12345678901234567890123)[::-1])
x = 1
for i in range(1, 30):
    x *= i
print(x)
print(x // (x // 1000))
print(hex(a), oct(a), bin(a))
print(hex(-b))
print(b.bit_length(), a.bit_length(), (0).bit_length())
print(int("-" + "9" * 25))
print(2 ** 100 - 2 ** 100 == 0)
print(type(2 ** 100).__name__)
