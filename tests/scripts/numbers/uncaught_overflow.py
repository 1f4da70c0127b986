# Float overflow in ** raises OverflowError (int ** stays exact).
print(10 ** 400 > 0)
print(2.0 ** 1000)
print(len(str(2 ** 5000)))
print(2.0 ** 5000)
