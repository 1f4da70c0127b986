# Comparison operators across types.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 > 2, 3 != 3)
print(1 == 1.0, 1 != 1.0, 2 == 2.5, 0 == -0.0)
print(True == 1, False == 0, True == 2)
print(1 < 1.5, 2.5 > 2, -1 < 0.0)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "b" > "abc")
print("x" == "x", "x" != "y")
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print((1, 2) == (1, 2), (1, 2) < (1, 3), (2,) > (1, 9))
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 2})
print(1 == "1", [1] == (1,), None == 0, None == None)
x = None
y = 5
print(x is None, y is None, x is not None, y is not None)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print("ell" in "hello", "z" in "hello", "" in "abc")
print("a" in {"a": 1}, 1 in {"a": 1}, 2 in (1, 2))
print(max("apple", "banana"), min([3, 1, 2]), max([2.5, 1, 3]))
