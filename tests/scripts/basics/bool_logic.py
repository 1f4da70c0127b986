# and/or return operands; not returns bool.
print(0 or "x", "" or 0, 1 or 2, None or [])
print(0 and "x", 1 and "x", "a" and "", [] and 1)
print(not 0, not 1, not "", not "a", not [], not [0], not None)
print(not 1 == 2, not (1 == 1))
print(True and False or True, False or False and True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.5))
print(bool(""), bool("0"), bool([]), bool([0]), bool(()), bool({}), bool(None))

def t(name, value):
    print("called", name)
    return value

print(t("a", False) and t("b", True))
print(t("c", True) or t("d", True))
print(t("e", 0) or t("f", "") or t("g", "last"))
print(t("h", 1) and t("i", 2) and t("j", 3))
x = 5
label = "big" if x > 3 else "small"
print(label)
print("neg" if x < 0 else "zero" if x == 0 else "pos")
print([1] if x else [2], 10 if None else 20)
