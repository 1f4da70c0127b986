# str(), repr() and int()/float() parsing of strings.
values = [0, -12, 3.5, 1e20, 1e-7, True, None, "txt", [1, "a"], (2,), {"k": [None]}]
for v in values:
    print(str(v), repr(v))
print(int("0"), int("-0"), int("+15"), int("007"))
print(float("1.50"), float("-.5"), float("10"), float("1E2"))
print(str(2 ** 80)[:10], len(str(-2 ** 80)))
n = 12345
digits = []
for ch in str(n):
    digits.append(int(ch))
print(digits, sum(digits))
print(str(1.0) == "1.0", str(10 / 4), str(-0.0))
