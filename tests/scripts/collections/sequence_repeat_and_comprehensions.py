print("ab" * 3, 2 * [1, 2], (1,) * 2, b"x" * 3, 3 * bytearray(b"y"), "a" * 0, [0] * -1, True * "z")
for bad in [lambda: [1] * [2], lambda: "a" * 1.5, lambda: 2.0 * (1,), lambda: [1] * "a"]:
    try:
        bad()
    except TypeError as e:
        print(e)
print([x * y for x in range(3) if x for y in "ab" if y != "c"], {x: x * x for x in range(4) if x % 2})
