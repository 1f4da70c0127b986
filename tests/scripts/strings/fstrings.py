# f-strings: conversions, format specs and escapes.
name = "Ada"
n = 42
pi = 3.14159265
big = 1234567890
print(f"Hello, {name}!")
print(f"{name!r} has {len(name)} letters")
print(f"[{name:>5}] [{n:5d}] [{pi:.2f}] [{big:,}]")
print(f"{n=}")
print(f"{name=}")
print(f"{pi:.3f} {pi:.0f} {2.5:.1f} {-1.005:.2f}")
print(f"{n + 1} {n * 2} {n // 5} {n / 8}")
print(f"{{literal braces}} {{{n}}}")
d = {"key": "value", "num": 7}
print(f"{d['key']} {d['num']}")
print(f'{d["key"]} single-quoted outer')
items = [1, 2, 3]
print(f"{items} {items[0]} {items[-1]} {len(items)}")
print(f"{None} {True} {1.5} {[1, 'a']}")
print(f"{'nested'} {'x' if n > 0 else 'y'}")
print(f"{1000000:,} {-9876543:,} {2 ** 70:,}")
print(f"{7:5d}|{-7:5d}|{12345678:5d}")
print(f"{'r':>3}|{'abcdef':>3}|")
print(f"{0.1 + 0.2} {1 / 3:.4f}")
print(f"no placeholders")
print(f"{name}{name}{n}")
